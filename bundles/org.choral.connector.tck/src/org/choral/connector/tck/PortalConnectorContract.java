// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.choral.core.api.directory.Structure;
import org.choral.core.api.portal.Capability;
import org.choral.core.api.portal.CredentialsReport;
import org.choral.core.api.portal.DepositReceipt;
import org.choral.core.api.portal.DirectoryDownload;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.FluxReport;
import org.choral.core.api.portal.FluxState;
import org.choral.core.api.portal.InvoiceCriteria;
import org.choral.core.api.portal.InvoiceHistory;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalException;
import org.choral.core.api.portal.PortalInvoice;
import org.choral.core.api.portal.SupplierStructure;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of {@link PortalConnector}. A connector's test fragment extends it, gives the portal
 * fixture and the connectors; the test methods are final so that passing means the same thing for
 * every connector. An optional capability the connector does not declare must answer
 * {@link PortalException.Unsupported}; one it declares must work.
 *
 * @since 0.1
 */
public abstract class PortalConnectorContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Flux files and downloads of the test. */
    @TempDir
    protected Path work;

    private PortalFixture fixture;
    private PortalConnector connector;

    /** Starts the portal side (called first, before each test). */
    protected abstract PortalFixture startPortal() throws Exception;

    /** The connector under test, configured for the portal {@link #startPortal()} started. */
    protected abstract PortalConnector newConnector() throws Exception;

    /** A connector to the same portal with credentials it refuses, or empty when it takes none. */
    protected abstract Optional<PortalConnector> newConnectorWithWrongCredentials() throws Exception;

    /** A connector configured for a portal that cannot be reached. */
    protected abstract PortalConnector newUnreachableConnector() throws Exception;

    @BeforeEach
    final void openContract() throws Exception {
        fixture = startPortal();
        connector = newConnector();
    }

    @AfterEach
    final void closeContract() throws Exception {
        if (connector != null) {
            connector.close();
        }
        if (fixture instanceof AutoCloseable c) {
            c.close();
        }
    }

    /** A fresh invoice number (portals refuse a number twice for one supplier). */
    protected static String invoiceNumber() {
        return "TCK-" + ProcessHandle.current().pid() % 10000 + '-' + SEQUENCE.incrementAndGet(); //$NON-NLS-1$
    }

    private Flux flux(String... numbers) throws Exception {
        Path folder = Files.createDirectories(work.resolve("flux-" + SEQUENCE.incrementAndGet())); //$NON-NLS-1$
        return fixture.validFlux(folder, List.of(numbers));
    }

    private boolean can(Capability c) {
        return connector.capabilities().contains(c);
    }

    @Test
    public final void identifiesItself() {
        assertTrue(connector.id().matches("[a-z][a-z0-9-]*"), connector.id()); //$NON-NLS-1$
        assertFalse(connector.displayName().isBlank());
    }

    @Test
    public final void declaresTheMandatoryCapabilities() {
        assertTrue(connector.capabilities().containsAll(
                Set.of(Capability.DEPOSIT, Capability.FLUX_REPORT, Capability.CREDENTIALS_CHECK)),
                connector.capabilities().toString());
    }

    @Test
    public final void checksItsCredentials() throws Exception {
        CredentialsReport report = connector.checkCredentials();
        assertEquals(connector.id(), report.portal());
        assertNotNull(report.endpoint());
        assertNotNull(report.warnings());
    }

    @Test
    public final void refusesWrongCredentials() throws Exception {
        Optional<PortalConnector> wrong = newConnectorWithWrongCredentials();
        if (wrong.isEmpty()) {
            // a portal without credentials has nothing to refuse: its check must pass as configured
            assertEquals(connector.id(), connector.checkCredentials().portal());
            return;
        }
        try (PortalConnector c = wrong.get()) {
            PortalException.Authentication e = assertThrows(PortalException.Authentication.class, c::checkCredentials);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    public final void saysWhenThePortalCannotBeReached() throws Exception {
        try (PortalConnector c = newUnreachableConnector()) {
            PortalException e = assertThrows(PortalException.class, c::checkCredentials);
            assertTrue(e.kind() == PortalException.Kind.UNAVAILABLE || e.kind() == PortalException.Kind.TIMEOUT,
                    e.kind() + ": " + e.getMessage()); //$NON-NLS-1$
            assertTrue(e.isTransient());
        }
    }

    @Test
    public final void depositsAndGivesAFluxNumberAndDate() throws Exception {
        DepositReceipt receipt = connector.deposit(flux(invoiceNumber()));
        assertFalse(receipt.fluxNumber().isBlank());
        LocalDate today = LocalDate.now();
        assertFalse(receipt.depositDate().isBefore(today.minusDays(1)), receipt.toString());
        assertFalse(receipt.depositDate().isAfter(today.plusDays(1)), receipt.toString());
    }

    @Test
    public final void givesEachDepositItsOwnNumber() throws Exception {
        String first = connector.deposit(flux(invoiceNumber())).fluxNumber();
        String second = connector.deposit(flux(invoiceNumber())).fluxNumber();
        assertNotEquals(first, second);
    }

    @Test
    public final void reportsTheFluxItReceived() throws Exception {
        Flux flux = flux(invoiceNumber(), invoiceNumber());
        DepositReceipt receipt = connector.deposit(flux);
        FluxReport before = connector.fluxReport(receipt.fluxNumber());
        assertEquals(receipt.fluxNumber(), before.fluxNumber());
        assertTrue(before.state() == FluxState.PENDING || before.state() == fixture.settledState(), before.toString());
        fixture.settle();
        FluxReport after = connector.fluxReport(receipt.fluxNumber());
        assertEquals(fixture.settledState(), after.state(), after.toString());
        assertEquals(flux.fileName(), after.fileName());
        assertTrue(after.invoiceErrors().isEmpty(), after.toString());
        assertTrue(after.technicalErrors().isEmpty(), after.toString());
    }

    @Test
    public final void refusesAReportOnAnUnknownFlux() {
        assertThrows(PortalException.Refused.class, () -> connector.fluxReport("999999999")); //$NON-NLS-1$
    }

    @Test
    public final void givesTheFluxReportAsAPdf() throws Exception {
        if (!can(Capability.FLUX_REPORT_PDF)) {
            assertUnsupported(Capability.FLUX_REPORT_PDF, () -> connector.fluxReportPdf("1")); //$NON-NLS-1$
            return;
        }
        DepositReceipt receipt = connector.deposit(flux(invoiceNumber()));
        fixture.settle();
        byte[] pdf = connector.fluxReportPdf(receipt.fluxNumber());
        assertTrue(pdf.length > 100, "a whole document, not a stub"); //$NON-NLS-1$
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII)); //$NON-NLS-1$
        String tail = new String(pdf, Math.max(0, pdf.length - 64), Math.min(64, pdf.length), StandardCharsets.US_ASCII);
        assertTrue(tail.contains("%%EOF"), "the document ends: " + tail); //$NON-NLS-1$ //$NON-NLS-2$
        assertThrows(PortalException.Refused.class, () -> connector.fluxReportPdf("999999999")); //$NON-NLS-1$
    }

    @Test
    public final void refusesAMissingFileBeforeSendingAnything() throws Exception {
        Flux missing = Flux.of(work.resolve("absent.xml"), "IN_DP_E1_UBL_INVOICE", List.of("X1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertThrows(IllegalArgumentException.class, () -> connector.deposit(missing));
        // the next deposit still works: nothing half-done was left behind
        assertFalse(connector.deposit(flux(invoiceNumber())).fluxNumber().isBlank());
    }

    @Test
    public final void findsTheDepositedInvoices() throws Exception {
        if (!can(Capability.INVOICE_SEARCH)) {
            assertUnsupported(Capability.INVOICE_SEARCH,
                    () -> connector.findInvoices(InvoiceCriteria.ofFlux("1"), new NullProgressMonitor())); //$NON-NLS-1$
            return;
        }
        List<String> numbers = List.of(invoiceNumber(), invoiceNumber(), invoiceNumber());
        String fluxNumber = connector.deposit(flux(numbers.toArray(String[]::new))).fluxNumber();
        fixture.settle();
        List<PortalInvoice> found = connector.findInvoices(InvoiceCriteria.ofFlux(fluxNumber), new NullProgressMonitor());
        Set<String> foundNumbers = new HashSet<>();
        for (PortalInvoice i : found) {
            assertEquals(fluxNumber, i.fluxNumber());
            assertFalse(i.id().isBlank());
            assertNotNull(i.status());
            foundNumbers.add(i.number());
        }
        assertEquals(Set.copyOf(numbers), foundNumbers);
        assertTrue(connector.findInvoices(InvoiceCriteria.ofInvoice("NEVER-DEPOSITED"), new NullProgressMonitor()) //$NON-NLS-1$
                .isEmpty());
    }

    @Test
    public final void followsAnInvoiceHistory() throws Exception {
        if (!can(Capability.INVOICE_HISTORY)) {
            assertUnsupported(Capability.INVOICE_HISTORY, () -> connector.invoiceHistory("1")); //$NON-NLS-1$
            return;
        }
        String number = invoiceNumber();
        connector.deposit(flux(number));
        fixture.settle();
        List<PortalInvoice> found = connector.findInvoices(InvoiceCriteria.ofInvoice(number), new NullProgressMonitor());
        assertEquals(1, found.size(), found.toString());
        InvoiceHistory history = connector.invoiceHistory(found.get(0).id());
        assertEquals(number, history.number());
        assertFalse(history.changes().isEmpty());
        assertEquals(history.changes().get(history.changes().size() - 1).status(), history.currentStatus());
    }

    @Test
    public final void looksUpAStructureWithItsServices() throws Exception {
        if (!can(Capability.STRUCTURE_LOOKUP)) {
            assertUnsupported(Capability.STRUCTURE_LOOKUP,
                    () -> connector.lookupStructure(fixture.knownSiret(), new NullProgressMonitor()));
            return;
        }
        Optional<Structure> known = connector.lookupStructure(fixture.knownSiret(), new NullProgressMonitor());
        assertTrue(known.isPresent());
        assertEquals(fixture.knownSiret(), known.get().siret());
        assertFalse(known.get().name().isBlank());
        assertFalse(known.get().services().isEmpty());
        assertTrue(connector.lookupStructure(fixture.unknownSiret(), new NullProgressMonitor()).isEmpty());
    }

    @Test
    public final void downloadsTheDirectoryWhole() throws Exception {
        Path folder = Files.createDirectories(work.resolve("directory")); //$NON-NLS-1$
        if (!can(Capability.DIRECTORY_DOWNLOAD)) {
            assertUnsupported(Capability.DIRECTORY_DOWNLOAD,
                    () -> connector.downloadDirectory(folder, new NullProgressMonitor()));
            return;
        }
        DirectoryDownload download = connector.downloadDirectory(folder, new NullProgressMonitor());
        assertEquals(folder, download.file().getParent());
        assertTrue(download.bytes() > 0);
        assertEquals(download.bytes(), Files.size(download.file()));
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no partial file is left next to the download"); //$NON-NLS-1$
        }
    }

    @Test
    public final void listsTheSupplierStructures() throws Exception {
        if (!can(Capability.SUPPLIER_STRUCTURES)) {
            assertUnsupported(Capability.SUPPLIER_STRUCTURES, connector::supplierStructures);
            return;
        }
        List<SupplierStructure> suppliers = connector.supplierStructures();
        assertFalse(suppliers.isEmpty());
        for (SupplierStructure s : suppliers) {
            assertFalse(s.id().isBlank());
            assertFalse(s.identifier().isBlank());
        }
    }

    /** A call that must fail because the portal cannot do it. */
    @FunctionalInterface
    protected interface PortalCall {
        void call() throws Exception;
    }

    private static void assertUnsupported(Capability capability, PortalCall call) {
        PortalException.Unsupported e = assertThrows(PortalException.Unsupported.class, call::call);
        assertEquals(capability, e.capability());
        assertFalse(e.getMessage().isBlank());
    }
}
