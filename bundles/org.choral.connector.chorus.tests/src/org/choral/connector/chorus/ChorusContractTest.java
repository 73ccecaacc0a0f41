// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.choral.connector.chorus.internal.ChorusConnectorFactory;
import org.choral.connector.tck.PortalConnectorContract;
import org.choral.connector.tck.PortalFixture;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.FluxState;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalSettings;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.slf4j.helpers.NOPLogger;

/** Chorus Pro, against the emulator in strict mode, passes the portal contract. */
class ChorusContractTest extends PortalConnectorContract {

    private Emulator emulator;

    @Override
    protected PortalFixture startPortal() throws Exception {
        emulator = Emulator.start(ChorusTestSupport.strict(EmulatorConfig.builder(work.resolve("emulator"))).build());
        return new Fixture(emulator);
    }

    private PortalSettings settings() {
        return PortalSettings.defaults().withUrls(emulator.baseUrl(), emulator.tokenUrl()).withCredentials(
                ChorusTestSupport.CLIENT_ID, ChorusTestSupport.CLIENT_SECRET, ChorusTestSupport.LOGIN,
                ChorusTestSupport.PASSWORD);
    }

    @Override
    protected PortalConnector newConnector() {
        return new ChorusConnectorFactory().create(settings());
    }

    @Override
    protected Optional<PortalConnector> newConnectorWithWrongCredentials() {
        return Optional.of(new ChorusConnectorFactory().create(settings().withCredentials(ChorusTestSupport.CLIENT_ID,
                "not-the-secret", ChorusTestSupport.LOGIN, ChorusTestSupport.PASSWORD)));
    }

    @Override
    protected PortalConnector newUnreachableConnector() {
        // port 9 (discard) is closed on the loopback of a test machine: the connection is refused at once
        URI nowhere = URI.create("http://127.0.0.1:9");
        return ChorusConnectorFactory.create(settings().withUrls(nowhere, nowhere.resolve("/api/oauth/token")),
                ChorusTestSupport.fast(), NOPLogger.NOP_LOGGER, Clock.systemUTC(), d -> {
                });
    }

    /** The emulator as the portal side; closed by the contract after each test. */
    private record Fixture(Emulator emulator) implements PortalFixture, AutoCloseable {
        @Override
        public Flux validFlux(Path folder, List<String> invoiceNumbers) throws java.io.IOException {
            return Invoices.flux(folder, invoiceNumbers);
        }

        @Override
        public void settle() {
            emulator.clock().advance(Duration.ofMinutes(3));
        }

        @Override
        public FluxState settledState() {
            return FluxState.INTEGRATED;
        }

        @Override
        public String knownSiret() {
            return Invoices.WITH_SERVICE;
        }

        @Override
        public String unknownSiret() {
            return Invoices.UNKNOWN;
        }

        @Override
        public void close() {
            emulator.close();
        }
    }
}
