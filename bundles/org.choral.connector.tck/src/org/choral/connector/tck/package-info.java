// SPDX-License-Identifier: EPL-2.0
/**
 * The contract every {@link org.choral.core.api.portal.PortalConnector} must pass: extend
 * {@link org.choral.connector.tck.PortalConnectorContract} in the connector's test fragment and
 * give it the connector under test and a {@link org.choral.connector.tck.PortalFixture} for the
 * portal side.
 *
 * @since 0.1
 */
package org.choral.connector.tck;
