// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.nio.file.Path;

/**
 * Where the saved portal settings come from (preferences and secure storage), registered as an OSGi
 * service by the settings bundle. Without one, callers start from {@link PortalSettings#defaults()}.
 * Either way they apply {@link PortalSettings#withEnvironmentOverrides} last.
 *
 * @since 0.1
 */
public interface PortalSettingsProvider {

    /** The saved settings, secrets included. */
    PortalSettings current();

    /**
     * The settings saved for the data folder {@code dataFolder}: the command line runs without an
     * instance area of its own and reads those the workbench saved there. The default ignores the
     * folder.
     */
    default PortalSettings current(Path dataFolder) {
        return current();
    }
}
