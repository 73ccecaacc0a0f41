// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

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
}
