// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

import java.time.Duration;
import java.time.Instant;

/**
 * What the local directory is: which file it was imported from, when, and how big it is.
 *
 * @param fileName the imported file's name (several names joined with {@code " + "})
 * @param importedAt when the import finished
 * @param structures number of structures
 * @param services number of services
 * @since 0.1
 */
public record DirectoryStatus(String fileName, Instant importedAt, int structures, int services) {

    /** A directory older than this is stale: checks still run, with a warning. */
    public static final Duration STALE_AFTER = Duration.ofDays(31);

    public Duration age(Instant now) {
        return Duration.between(importedAt, now);
    }

    public boolean isStale(Instant now) {
        return age(now).compareTo(STALE_AFTER) > 0;
    }
}
