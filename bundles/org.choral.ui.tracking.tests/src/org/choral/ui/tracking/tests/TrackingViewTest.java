// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.tests;

import static org.choral.ui.tracking.tests.TrackingViewBot.HISTORY;
import static org.choral.ui.tracking.tests.TrackingViewBot.TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.choral.core.api.deposit.DepositRequest;
import org.choral.core.api.deposit.DepositService;
import org.choral.core.api.deposit.FollowUpService;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.deposit.internal.DepositComponent;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.choral.emulator.Fault;
import org.choral.emulator.FaultKind;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.tracking.internal.jobs.FollowUpJob;
import org.choral.ui.tracking.internal.jobs.ResendJob;
import org.choral.ui.tracking.internal.parts.TrackingPart;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * « Suivi des dépôts » in the real application against the in-process emulator (speed 0): invoices
 * deposited headless through the DepositService, then the emulator's virtual clock is moved (with
 * the follow-up's clock) and « Actualiser » shows the statuses moving, the rejected invoice counted
 * in the badge, the history of one invoice, the filters, sorting, the CSV export, the export of one
 * invoice's proof (with the portal's PDF report) and the explicit confirmation before an uncertain
 * invoice is sent again.
 */
class TrackingViewTest {

    static final String SUPPLIER = "73282932000074";
    static final String RECIPIENT = "21910377700013";
    static final String UNKNOWN_RECIPIENT = "55208131766522";
    static final String UBL = "IN_DP_E1_UBL_INVOICE";
    static final String DEPOSIT = "/cpro/factures/v1/deposer/flux";
    static final String REPORT = "/cpro/transverses/v1/consulterCRDetaille";

    @TempDir
    Path dir;
    private Emulator emulator;
    private final TestClock clock = new TestClock();
    private DepositComponent deposits;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private WorkbenchBot workbench;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchBot.clearPersistedLayout();
        // the lot is call 1, G-2 call 2; the answer to U-1's deposit (call 3) is lost after the portal took it
        emulator = Emulator.start(EmulatorConfig.builder(dir.resolve("emulator")).port(0).speed(0)
                .structures(List.of(structure(RECIPIENT, "COMMUNE DE PLAINVILLE"), structure(SUPPLIER, "FOURNISSEUR SA")))
                .supplier(SUPPLIER).fault(Fault.on("deposer/flux", FaultKind.RESET_AFTER_ACCEPT, 3)).build());
        clock.set(emulator.clock().now());
        // the follow-up's clock moves with the emulator's, so that the view never waits a real minute
        deposits = new DepositComponent(clock, this::advance);
        BundleContext context = FrameworkUtil.getBundle(TrackingViewTest.class).getBundleContext();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, 100);
        registrations.add(context.registerService(new String[] { DepositService.class.getName(),
                FollowUpService.class.getName() }, deposits, props));
        PortalSettings settings = PortalSettings.defaults().withUrls(emulator.baseUrl(), emulator.tokenUrl())
                .withCredentials("client", "secret", "login", "password");
        registrations.add(context.registerService(PortalSettingsProvider.class, () -> settings, props));
    }

    @AfterEach
    void tearDown() {
        if (workbench != null && workbench.isRunning()) {
            workbench.close();
        }
        // a pass or a history read still running would write in the folder being deleted
        for (Object family : List.of(FollowUpJob.FAMILY, ResendJob.FAMILY, TrackingPart.HISTORY_FAMILY)) {
            for (Job job : Job.getJobManager().find(family)) {
                if (job instanceof FollowUpJob f) {
                    f.stop();
                }
                try {
                    job.join(10_000, null);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        registrations.forEach(ServiceRegistration::unregister);
        if (deposits != null) {
            deposits.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    private void advance(Duration d) {
        clock.advance(d);
        emulator.clock().advance(d);
    }

    @Test
    void showsDepositsFollowsTheirStatusesCountsWhatNeedsTheUserAndShowsTheHistory() throws Exception {
        Path data = dir.resolve("data");
        depositSamples(data);
        workbench = WorkbenchBot.start();
        TrackingViewBot view = new TrackingViewBot(workbench);
        view.useDataFolder(data);

        assertEquals(List.of("N° Facture", "N° Flux", "Date de dépôt", "Statut", "Dernier changement",
                "Erreurs / motif"), view.headers(TABLE));
        assertEquals(Set.of("G-1", "BAD-1", "G-2", "U-1"), Set.copyOf(view.column(TABLE, 0)));
        assertEquals("Déposée, intégration en attente", view.status("G-1"));
        assertEquals("Incertaine (réponse du portail perdue)", view.status("U-1"));
        assertEquals("Suivi des dépôts (1)", view.tabLabel(), "the uncertain invoice needs the user");
        assertTrue(view.label("tracking.portal").startsWith("Portail interrogé le"), view.label("tracking.portal"));

        // the fluxes are integrated on the portal: the rejected invoice joins the badge
        advance(Duration.ofMinutes(5));
        view.refresh();
        assertEquals("Rejetée à l'intégration du flux", view.status("BAD-1"));
        assertEquals("Suivi des dépôts (2)", view.tabLabel());
        List<String> seen = new ArrayList<>(List.of(view.status("G-1")));
        for (int i = 0; i < 8 && !"Mise en paiement".equals(view.status("G-1")); i++) {
            advance(Duration.ofHours(2));
            view.refresh();
            seen.add(view.status("G-1"));
        }
        Set<String> distinct = new LinkedHashSet<>(seen);
        assertTrue(distinct.size() >= 3, "G-1 went through " + seen);
        assertTrue(distinct.contains("Mise à disposition"), seen.toString());

        view.filter(1);
        assertTrue(view.filterItem(1).startsWith("À traiter ("), view.filterItem(1));
        assertTrue(view.column(TABLE, 0).containsAll(List.of("BAD-1", "U-1")), view.column(TABLE, 0).toString());
        assertFalse(view.column(TABLE, 0).contains("G-1"));
        view.filter(0);
        view.search("bad");
        assertEquals(List.of("BAD-1"), view.column(TABLE, 0));
        view.search("");
        view.sortBy(0);
        assertEquals(List.of("BAD-1", "G-1", "G-2", "U-1"), view.column(TABLE, 0));
        view.sortBy(0);
        assertEquals(List.of("U-1", "G-2", "G-1", "BAD-1"), view.column(TABLE, 0));

        view.openHistory("G-1");
        List<String> events = view.column(HISTORY, 1);
        assertEquals("Envoi", events.get(0));
        assertEquals("Déposée", events.get(1));
        assertTrue(view.column(HISTORY, 3).contains("Mise à disposition"), view.column(HISTORY, 3).toString());
        String report = view.text("tracking.report");
        assertTrue(report.contains("État du flux : Intégré"), report);
        assertTrue(report.contains("G-1, BAD-1") || report.contains("BAD-1, G-1"), report);
        view.openHistory("BAD-1");
        assertTrue(view.text("tracking.report").contains("Erreurs / motif du portail"), view.text("tracking.report"));

        Path csv = dir.resolve("suivi.csv");
        assertTrue(view.bot().syncExec(() -> view.part().exportCsv(csv)));
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte-order mark");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("\uFEFFN° Facture;N° Flux;Date de dépôt;Statut;"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("BAD-1;") && l.contains(";REJECTED_IN_FLUX")), lines.toString());

        // the proof of one invoice: its flux file, the receipt and both reports, the portal's PDF among them
        Path zip = dir.resolve("preuve G-1.zip");
        view.exportProof("G-1", zip);
        String flux = view.rows(TABLE).stream().filter(r -> r.get(0).equals("G-1")).findFirst().orElseThrow().get(1);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (String name : List.of("receipt.json", "report.json", "report.pdf", "a.zip")) {
                assertNotNull(z.getEntry(flux + "/" + name), name + " in " + z.stream().map(ZipEntry::getName).toList());
            }
            byte[] pdf = z.getInputStream(z.getEntry(flux + "/report.pdf")).readAllBytes();
            assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void actualiserRightAfterADepositAsksThePortalWithoutWaitingForTheBackOff() throws Exception {
        Path data = dir.resolve("data");
        depositSamples(data);
        workbench = WorkbenchBot.start();
        TrackingViewBot view = new TrackingViewBot(workbench);
        view.useDataFolder(data);
        assertEquals("Déposée, intégration en attente", view.status("G-1"));
        int reports = emulator.faults().calls(REPORT);

        // the portal integrates the fluxes; for the follow-up's clock the deposits are not a second old
        emulator.clock().advance(Duration.ofMinutes(5));
        view.refresh();
        assertTrue(emulator.faults().calls(REPORT) >= reports + 2, "every flux's report asked at once");
        assertEquals("Déposée", view.status("G-1"));
        assertEquals("Déposée", view.status("G-2"));
        assertEquals("Rejetée à l'intégration du flux", view.status("BAD-1"));
        assertEquals("Suivi des dépôts (2)", view.tabLabel());

        emulator.clock().advance(Duration.ofHours(2));
        view.refresh();
        assertEquals("Mise à disposition", view.status("G-1"));
    }

    @Test
    void anUncertainInvoiceIsResentOnlyAfterAnExplicitConfirmationAndNeverTwice() throws Exception {
        Path data = dir.resolve("data");
        Path u1 = depositSamples(data);
        workbench = WorkbenchBot.start();
        TrackingViewBot view = new TrackingViewBot(workbench);
        view.useDataFolder(data);
        view.fileChooser(name -> u1);
        view.openHistory("G-1");
        assertFalse(view.enabled("tracking.resend"), "only an uncertain invoice can be resent");
        view.openHistory("U-1");
        assertTrue(view.enabled("tracking.resend"));
        int before = emulator.faults().calls(DEPOSIT);

        Shell dialog = view.askResend();
        view.answer(dialog, false);
        view.refresh();
        assertEquals("Incertaine (réponse du portail perdue)", view.status("U-1"));
        assertEquals(before, emulator.faults().calls(DEPOSIT), "cancelled: nothing sent");

        // the portal has integrated it meanwhile: the look-up finds it and nothing is sent again
        advance(Duration.ofMinutes(5));
        view.openHistory("U-1");
        dialog = view.askResend();
        view.answer(dialog, true);
        view.bot().waitUntil(org.choral.ui.bot.Condition.of("U-1 resolved", () -> {
            var s = view.part().snapshot();
            return s != null && s.rows().stream().anyMatch(r -> r.number().equals("U-1") && !r.uncertain());
        }));
        assertEquals(before, emulator.faults().calls(DEPOSIT), "found on the portal: not deposited twice");
        view.refresh();
        assertFalse(view.status("U-1").startsWith("Incertaine"), view.status("U-1"));
    }

    /** Deposits G-1 + BAD-1 as a lot, then G-2 and U-1 one by one (U-1's answer lost); returns U-1's file. */
    private Path depositSamples(Path data) throws Exception {
        try (PortalConnector portal = connect()) {
            Path u1 = flux(data, "U-1");
            deposits.deposit(data, portal, new DepositRequest(FluxMode.LOT, List.of(lot(data, "a", "G-1", "BAD-1")),
                    Duration.ZERO, true, true, false), row -> { }, new NullProgressMonitor());
            deposits.deposit(data, portal, new DepositRequest(FluxMode.SEQUENTIAL,
                    List.of(Flux.of(flux(data, "G-2"), UBL, List.of("G-2")), Flux.of(u1, UBL, List.of("U-1"))),
                    Duration.ZERO, true, true, false), row -> { }, new NullProgressMonitor());
            return u1;
        }
    }

    private PortalConnector connect() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(TrackingViewTest.class).getBundleContext();
        var tracker = new org.osgi.util.tracker.ServiceTracker<org.choral.core.api.portal.PortalConnectorFactory, org.choral.core.api.portal.PortalConnectorFactory>(
                context, org.choral.core.api.portal.PortalConnectorFactory.class, null);
        tracker.open();
        try {
            var factory = tracker.waitForService(10_000);
            for (Object o : tracker.getServices()) {
                var f = (org.choral.core.api.portal.PortalConnectorFactory) o;
                if ("chorus".equals(f.id())) {
                    factory = f;
                }
            }
            return factory.create(PortalSettings.defaults().withUrls(emulator.baseUrl(), emulator.tokenUrl())
                    .withCredentials("client", "secret", "login", "password"));
        } finally {
            tracker.close();
        }
    }

    private static Structure structure(String siret, String name) {
        return new Structure(siret, name, true, false, false, false, true, "1 rue de la Paix", "75001", "PARIS", "FR",
                List.of());
    }

    private static Path flux(Path data, String number) throws Exception {
        Path f = Files.createDirectories(data.resolve("flux")).resolve(number + ".xml");
        Files.writeString(f, ubl(number, number.startsWith("BAD") ? UNKNOWN_RECIPIENT : RECIPIENT), StandardCharsets.UTF_8);
        return f;
    }

    private static Flux lot(Path data, String name, String... numbers) throws Exception {
        Path zip = Files.createDirectories(data.resolve("lots")).resolve(name + ".zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String n : numbers) {
                z.putNextEntry(new ZipEntry(n + ".xml"));
                z.write(ubl(n, n.startsWith("BAD") ? UNKNOWN_RECIPIENT : RECIPIENT).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return Flux.of(zip, UBL, List.of(numbers));
    }

    private static String ubl(String number, String recipient) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                + " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
                + "<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>\n"
                + "<cbc:ID>" + number + "</cbc:ID>\n<cbc:IssueDate>2025-01-15</cbc:IssueDate>\n"
                + "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n"
                + party("AccountingSupplierParty", SUPPLIER) + party("AccountingCustomerParty", recipient)
                + "<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"EUR\">120.00</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
                + "<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID=\"EUR\">100.00</cbc:LineExtensionAmount>"
                + "<cac:Item><cbc:Name>Prestation</cbc:Name></cac:Item></cac:InvoiceLine>\n</Invoice>\n";
    }

    private static String party(String role, String siret) {
        return "<cac:" + role + "><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>X</cbc:RegistrationName>"
                + "<cbc:CompanyID schemeID=\"0002\">" + siret + "</cbc:CompanyID></cac:PartyLegalEntity></cac:Party></cac:"
                + role + ">\n";
    }

    /** A clock the test moves by hand, with the emulator's. */
    static final class TestClock extends Clock {
        private Instant now = Instant.EPOCH;

        synchronized void set(Instant instant) {
            now = instant;
        }

        synchronized void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
