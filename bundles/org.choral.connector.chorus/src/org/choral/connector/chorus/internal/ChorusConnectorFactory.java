// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import java.time.Clock;

import org.choral.connector.chorus.internal.http.ApiClient;
import org.choral.connector.chorus.internal.i18n.Messages;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalSettings;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes Chorus Pro connectors; registered for the settings page, the directory view and the command line. */
@Component(service = PortalConnectorFactory.class)
public final class ChorusConnectorFactory implements PortalConnectorFactory {

    private static final Logger LOG = LoggerFactory.getLogger("org.choral.connector.chorus"); //$NON-NLS-1$

    @Override
    public String id() {
        return ChorusConnector.ID;
    }

    @Override
    public String displayName() {
        return Messages.Connector_name;
    }

    @Override
    public PortalConnector create(PortalSettings settings) {
        return create(settings, Tuning.DEFAULT, LOG, Clock.systemUTC(), Sleeper.REAL);
    }

    /** A connector with its waits, logger and clocks given (tests). */
    public static ChorusConnector create(PortalSettings settings, Tuning tuning, Logger log, Clock clock,
            Sleeper sleeper) {
        ChorusEndpoints endpoints = ChorusEndpoints.of(settings);
        return new ChorusConnector(new ApiClient(endpoints, settings, tuning, log, clock, sleeper), tuning, log, clock);
    }
}
