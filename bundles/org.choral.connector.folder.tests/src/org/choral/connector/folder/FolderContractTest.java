// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.folder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.choral.connector.folder.internal.FolderConnectorFactory;
import org.choral.connector.tck.PortalConnectorContract;
import org.choral.connector.tck.PortalFixture;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.FluxState;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalSettings;

/** The outbox folder passes the portal contract. */
class FolderContractTest extends PortalConnectorContract {

    @Override
    protected PortalFixture startPortal() {
        return new PortalFixture() {
            @Override
            public Flux validFlux(Path folder, List<String> invoiceNumbers) throws java.io.IOException {
                Path file = folder.resolve(String.join("_", invoiceNumbers) + ".xml");
                Files.writeString(file, "<Invoices>" + invoiceNumbers + "</Invoices>", StandardCharsets.UTF_8);
                return Flux.of(file, "IN_DP_E1_UBL_INVOICE", invoiceNumbers);
            }

            @Override
            public void settle() {
                // a folder does nothing by itself: the flux waits for the manual upload
            }

            @Override
            public FluxState settledState() {
                return FluxState.PENDING;
            }

            @Override
            public String knownSiret() {
                return "13002612300179";
            }

            @Override
            public String unknownSiret() {
                return "55208131766522";
            }
        };
    }

    @Override
    protected PortalConnector newConnector() {
        return new FolderConnectorFactory().create(PortalSettings.defaults().withPortal("folder")
                .withOutbox(work.resolve("outbox")));
    }

    @Override
    protected Optional<PortalConnector> newConnectorWithWrongCredentials() {
        return Optional.empty();
    }

    @Override
    protected PortalConnector newUnreachableConnector() throws Exception {
        Path notAFolder = Files.writeString(work.resolve("not-a-folder"), "x");
        return new FolderConnectorFactory().create(PortalSettings.defaults().withOutbox(notAFolder.resolve("outbox")));
    }
}
