// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

/**
 * Registered as an OSGi service by each portal bundle: makes connectors from settings (the saved
 * ones, or those being edited when the user presses « Tester la connexion »).
 *
 * @since 0.1
 */
public interface PortalConnectorFactory {

    /** Same as {@link PortalConnector#id()}. */
    String id();

    /** Same as {@link PortalConnector#displayName()}. */
    String displayName();

    /**
     * A connector for these settings; the caller closes it.
     *
     * @throws IllegalArgumentException when the settings cannot work (a URL missing or not https for
     *             a remote host, no outbox folder…); the message names the setting and what to do
     */
    PortalConnector create(PortalSettings settings);
}
