// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.folder.internal;

import java.time.Clock;

import org.choral.connector.folder.internal.i18n.Messages;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalSettings;
import org.osgi.service.component.annotations.Component;

/** Makes outbox-folder connectors (settings: {@link PortalSettings#outbox()}). */
@Component(service = PortalConnectorFactory.class)
public final class FolderConnectorFactory implements PortalConnectorFactory {

    @Override
    public String id() {
        return FolderConnector.ID;
    }

    @Override
    public String displayName() {
        return Messages.Connector_name;
    }

    @Override
    public PortalConnector create(PortalSettings settings) {
        if (settings.outbox() == null) {
            throw new IllegalArgumentException(Messages.Error_noOutbox);
        }
        return new FolderConnector(settings.outbox().toAbsolutePath(), Clock.systemDefaultZone());
    }
}
