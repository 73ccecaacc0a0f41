// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.choral.connector.folder.internal.FolderConnector;
import org.choral.connector.folder.internal.FolderConnectorFactory;
import org.choral.core.api.portal.DepositReceipt;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalException;
import org.choral.core.api.portal.PortalSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the outbox holds after a deposit, and what it refuses. */
class FolderConnectorTest {

    @TempDir
    Path work;

    private PortalConnector connector() {
        return new FolderConnectorFactory().create(PortalSettings.defaults().withOutbox(work.resolve("outbox")));
    }

    @Test
    void eachFluxIsAFolderWithTheFileAndItsReceipt() throws Exception {
        Path file = Files.write(work.resolve("lot.zip"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
        try (PortalConnector c = connector()) {
            DepositReceipt r = c.deposit(Flux.of(file, "IN_DP_E2_UBL_INVOICE_MIN", List.of("F1", "F2")));
            Path folder = work.resolve("outbox").resolve(r.fluxNumber());
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(folder.resolve("lot.zip")));
            JsonNode receipt = new ObjectMapper().readTree(folder.resolve(FolderConnector.RECEIPT).toFile());
            assertEquals(r.fluxNumber(), receipt.get("fluxNumber").asText());
            assertEquals("lot.zip", receipt.get("fileName").asText());
            assertEquals("IN_DP_E2_UBL_INVOICE_MIN", receipt.get("syntax").asText());
            assertEquals(7, receipt.get("bytes").asInt());
            assertEquals(64, receipt.get("sha256").asText().length());
            assertEquals("[\"F1\",\"F2\"]", receipt.get("invoices").toString());
            assertEquals(FolderConnector.WAITING, c.fluxReport(r.fluxNumber()).portalState());
        }
        try (Stream<Path> s = Files.list(work.resolve("outbox"))) {
            Set<String> names = s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(1, names.size(), "no staging folder left behind: " + names);
        }
    }

    @Test
    void aFluxNumberCannotReachOutsideTheOutbox() throws Exception {
        try (PortalConnector c = connector()) {
            c.checkCredentials();
            assertThrows(PortalException.Refused.class, () -> c.fluxReport("../../etc"));
            assertThrows(PortalException.Refused.class, () -> c.fluxReport(null));
        }
    }

    @Test
    void aDamagedReceiptIsAProtocolError() throws Exception {
        Path file = Files.writeString(work.resolve("f.xml"), "<x/>");
        try (PortalConnector c = connector()) {
            String number = c.deposit(Flux.of(file, "IN_DP_E1_UBL_INVOICE", List.of())).fluxNumber();
            Files.writeString(work.resolve("outbox").resolve(number).resolve(FolderConnector.RECEIPT), "{cut");
            assertThrows(PortalException.Protocol.class, () -> c.fluxReport(number));
        }
    }

    @Test
    void aFileNameCannotLeaveTheFluxFolder() throws Exception {
        Path file = Files.writeString(work.resolve("f.xml"), "<x/>");
        try (PortalConnector c = connector()) {
            String number = c.deposit(new Flux(file, "../../escape.xml", "IN_DP_E1_UBL_INVOICE", List.of())).fluxNumber();
            assertTrue(Files.exists(work.resolve("outbox").resolve(number).resolve("escape.xml")));
            assertTrue(Files.notExists(work.resolve("escape.xml")));
        }
    }

    @Test
    void noOutboxIsASettingsError() {
        assertThrows(IllegalArgumentException.class, () -> new FolderConnectorFactory().create(PortalSettings.defaults()));
    }

    @Test
    void theFactoryIsRegisteredAsAService() {
        Bundle bundle = FrameworkUtil.getBundle(FolderConnector.class);
        ServiceTracker<PortalConnectorFactory, PortalConnectorFactory> tracker = new ServiceTracker<>(
                bundle.getBundleContext(), PortalConnectorFactory.class, null);
        tracker.open();
        try {
            assertTrue(Stream.of(tracker.getServices(new PortalConnectorFactory[0])).anyMatch(f -> "folder".equals(f.id())));
        } finally {
            tracker.close();
        }
    }
}
