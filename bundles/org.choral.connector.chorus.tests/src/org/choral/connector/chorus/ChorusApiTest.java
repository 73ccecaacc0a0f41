// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipFile;

import org.choral.connector.chorus.internal.ChorusConnector;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.portal.CredentialsReport;
import org.choral.core.api.portal.DirectoryDownload;
import org.choral.core.api.portal.FluxReport;
import org.choral.core.api.portal.FluxState;
import org.choral.core.api.portal.InvoiceCriteria;
import org.choral.core.api.portal.InvoiceHistory;
import org.choral.core.api.portal.PortalException;
import org.choral.core.api.portal.PortalInvoice;
import org.choral.core.api.portal.ProxySettings;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** Each endpoint read into the SPI's values, paging, token reuse, pause and proxy. */
class ChorusApiTest extends ChorusTestSupport {

    /** A clock tests move by hand (token expiry). */
    static final class HandClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aStructureComesWithItsParametersAndEveryService() throws Exception {
        start();
        ChorusConnector c = connect();
        Structure s = c.lookupStructure("130 026 123 00179", new NullProgressMonitor()).orElseThrow();
        assertEquals(Invoices.WITH_SERVICE, s.siret());
        assertEquals("MINISTERE DES SERVICES", s.name());
        assertTrue(s.active());
        assertTrue(s.serviceRequired());
        assertFalse(s.engagementRequired());
        assertEquals("75001", s.postalCode());
        assertEquals(List.of("OLD", "SERV", "SERV-EJ"), s.services().stream().map(Service::code).toList());
        assertFalse(s.service("OLD").active());
        assertTrue(s.service("SERV-EJ").engagementRequired());
        assertFalse(s.service("SERV").engagementRequired());
        assertTrue(c.lookupStructure(Invoices.WITH_ENGAGEMENT, new NullProgressMonitor()).orElseThrow().engagementRequired());
        assertFalse(c.lookupStructure(Invoices.INACTIVE, new NullProgressMonitor()).orElseThrow().active());
        assertThrows(IllegalArgumentException.class, () -> c.lookupStructure("pas un siret", new NullProgressMonitor()));
    }

    @Test
    void aCancelledLookupStops() throws Exception {
        start();
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> connect().lookupStructure(Invoices.WITH_SERVICE, cancelled));
    }

    @Test
    void everyResultPageIsFollowed() throws Exception {
        start();
        ChorusConnector c = connect(settings(), fast().withPageSize(2), Clock.systemUTC());
        String flux = c.deposit(flux("P-1", "P-2", "P-3", "P-4", "P-5")).fluxNumber();
        integrate();
        List<PortalInvoice> found = c.findInvoices(InvoiceCriteria.ofFlux(flux), new NullProgressMonitor());
        assertEquals(Set.of("P-1", "P-2", "P-3", "P-4", "P-5"), Set.copyOf(found.stream().map(PortalInvoice::number).toList()));
        assertEquals(3, calls("/cpro/factures/v1/rechercher/fournisseur"));
        assertTrue(found.stream().allMatch(i -> Invoices.PLAIN.equals(i.recipient()) && i.amount() != null));
    }

    @Test
    void aPartlyRejectedLotNamesTheRejectedInvoice() throws Exception {
        start();
        ChorusConnector c = connect();
        String flux = c.deposit(flux("OK-1", "BAD-1")).fluxNumber();
        assertEquals(FluxState.PENDING, c.fluxReport(flux).state());
        integrate();
        FluxReport r = c.fluxReport(flux);
        assertEquals(FluxState.PARTIAL, r.state());
        assertEquals(List.of("BAD-1"), r.invoiceErrors().stream().map(FluxReport.InvoiceError::invoiceNumber).distinct().toList());
        assertFalse(r.invoiceErrors().get(0).message().isBlank());
        assertTrue(r.depositDate() != null && r.stateSince() != null);
    }

    @Test
    void anInvoiceHistoryStartsDeposited() throws Exception {
        start();
        ChorusConnector c = connect();
        c.deposit(flux("H-1"));
        integrate();
        emulator.clock().advance(Duration.ofHours(5));
        PortalInvoice invoice = c.findInvoices(InvoiceCriteria.ofInvoice("H-1"), new NullProgressMonitor()).get(0);
        InvoiceHistory h = c.invoiceHistory(invoice.id());
        assertEquals("DEPOSEE", h.changes().get(0).status());
        assertTrue(h.changes().size() > 1, h.toString());
        assertThrows(IllegalArgumentException.class, () -> c.invoiceHistory("abc"));
    }

    @Test
    void theDirectoryDownloadIsTheZipTheImportReads() throws Exception {
        start();
        DirectoryDownload d = connect().downloadDirectory(data.resolve("dl"), new NullProgressMonitor());
        try (ZipFile zip = new ZipFile(d.file().toFile())) {
            assertTrue(zip.size() >= 1);
        }
        assertEquals(Files.size(d.file()), d.bytes());
    }

    @Test
    void theCredentialsCheckGivesThePasswordExpiry() throws Exception {
        start();
        CredentialsReport r = connect().checkCredentials();
        assertEquals(1, r.supplierStructures());
        assertTrue(r.passwordExpiry().isAfter(java.time.LocalDate.now().plusDays(400)));
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void theTokenIsReusedThenRenewedBeforeItExpires() throws Exception {
        start();
        HandClock clock = new HandClock();
        ChorusConnector c = connect(settings(), fast(), clock);
        c.supplierStructures();
        c.supplierStructures();
        clock.advance(Duration.ofMinutes(50));
        c.supplierStructures();
        assertEquals(1, calls(TOKEN), "one token while it is fresh");
        clock.advance(Duration.ofMinutes(6)); // 56 min: inside the 5-minute margin of a one-hour token
        c.supplierStructures();
        assertEquals(2, calls(TOKEN));
    }

    @Test
    void theUsersPauseIsKeptBetweenCalls() throws Exception {
        start();
        ChorusConnector c = connect(settings().withPause(Duration.ofSeconds(30)), fast(), Clock.systemUTC());
        c.supplierStructures(); // the token, then the call: one pause between them
        assertEquals(1, sleeps.size());
        assertTrue(sleeps.get(0).compareTo(Duration.ofSeconds(25)) > 0, sleeps.toString());
    }

    @Test
    void theProxyCarriesTheCalls() throws Exception {
        start();
        List<String> seen = new ArrayList<>();
        try (TinyProxy proxy = TinyProxy.start(seen)) {
            ChorusConnector c = connect(settings().withProxy(new ProxySettings("127.0.0.1", proxy.port(), null, null)),
                    fast(), Clock.systemUTC());
            assertThrows(PortalException.Unavailable.class, c::supplierStructures);
        }
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(u -> u.equals(emulator.tokenUrl().toString())), seen.toString());
    }

    @Test
    void remoteAddressesMustUseTls() {
        var settings = org.choral.core.api.portal.PortalSettings.defaults()
                .withUrls(URI.create("http://api.example.org"), URI.create("https://oauth.example.org/token"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new org.choral.connector.chorus.internal.ChorusConnectorFactory().create(settings));
        assertTrue(e.getMessage().contains("https://"), e.getMessage());
    }
}
