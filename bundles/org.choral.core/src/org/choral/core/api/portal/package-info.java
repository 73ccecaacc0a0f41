// SPDX-License-Identifier: EPL-2.0
/**
 * The seam between the product and a deposit portal (Chorus Pro, an outbox folder, tomorrow a
 * platform of the 2026 reform or a Peppol access point). A portal is a bundle registering a
 * {@link org.choral.core.api.portal.PortalConnectorFactory} service; the product creates a
 * {@link org.choral.core.api.portal.PortalConnector} from the user's
 * {@link org.choral.core.api.portal.PortalSettings} and only ever sees values or a typed
 * {@link org.choral.core.api.portal.PortalException}, never HTTP. The contract every connector must
 * honour is the abstract test of {@code org.choral.connector.tck}.
 *
 * @since 0.1
 */
package org.choral.core.api.portal;
