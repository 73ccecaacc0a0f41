// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

import java.time.Duration;
import java.time.Instant;

/**
 * What an import did: what was imported, what was left out and what changed since the previous
 * directory.
 *
 * @param status the directory as it now is
 * @param skipped the rows left out and why
 * @param changes what changed since the previous import
 * @param duration how long the import took
 * @since 0.1
 */
public record ImportReport(DirectoryStatus status, SkippedRows skipped, ChangeSummary changes, Duration duration) {
}
