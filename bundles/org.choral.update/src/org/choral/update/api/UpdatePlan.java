// SPDX-License-Identifier: EPL-2.0
package org.choral.update.api;

import java.net.URI;
import java.util.List;

/**
 * What {@link UpdateService#check} found: the updates the site offers, resolved against the
 * installation and ready to be installed by {@link UpdateService#install}.
 *
 * @param site the update site that was asked
 * @param updates the newer versions, empty when Choral is up to date
 * @param resolution the service's own state for {@link UpdateService#install} (opaque to callers)
 * @since 0.1
 */
public record UpdatePlan(URI site, List<AvailableUpdate> updates, Object resolution) {

    public UpdatePlan {
        updates = List.copyOf(updates);
    }

    /** {@code true} when the site has nothing newer than what is installed. */
    public boolean upToDate() {
        return updates.isEmpty();
    }
}
