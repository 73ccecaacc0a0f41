// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.SupplierProvider;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxService;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.core.internal.control.DefaultControlService;
import org.choral.core.internal.control.rules.BuiltInRules;
import org.choral.flux.internal.Fixtures;
import org.choral.flux.internal.cii.CiiE1Format;
import org.choral.flux.internal.cii.FacturxFormat;
import org.choral.flux.internal.lot.DefaultFluxService;
import org.choral.flux.internal.ubl.UblE1Format;
import org.choral.flux.internal.ubl.UblE2MinFormat;
import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FluxVerbTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final List<Invoice> invoices = new ArrayList<>();
    private Path supplier;
    private SupplierProvider suppliers;

    /** A source handing out the test's invoices for any {@code .csv}. */
    private final class ListSource implements InvoiceSource {
        @Override
        public String id() {
            return "csv"; //$NON-NLS-1$
        }

        @Override
        public boolean accepts(Path file) {
            return file.toString().endsWith(".csv"); //$NON-NLS-1$
        }

        @Override
        public SourceResult read(Path file, SourceOptions options, IProgressMonitor monitor) {
            return new SourceResult(invoices, List.of());
        }
    }

    /** The client structure, with its service SERV1, opened for any data folder. */
    private static final class OneStructure implements DirectoryService, DirectoryServices {
        private final Structure structure = new Structure(Fixtures.SIRET_CLIENT, "Commune", true, false, false, false, //$NON-NLS-1$
                false, "", "", "", "FR", List.of(new Service(Fixtures.SIRET_CLIENT, "SERV1", "Achats", true, false))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

        @Override
        public DirectoryService open(Path dataFolder) {
            return this;
        }

        @Override
        public Optional<Structure> lookup(String siret) {
            return Fixtures.SIRET_CLIENT.equals(siret) ? Optional.of(structure) : Optional.empty();
        }

        @Override
        public List<Structure> search(String text, int limit) {
            return List.of();
        }

        @Override
        public Optional<DirectoryStatus> status() {
            return Optional.of(new DirectoryStatus("annuaire.csv", Instant.now(), 1, 1)); //$NON-NLS-1$
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        for (String n : List.of("F1", "F2")) { //$NON-NLS-1$ //$NON-NLS-2$
            invoices.add(Fixtures.invoice(n, InvoiceType.FACTURE, Fixtures.pdf(dir.resolve(n + ".pdf")))); //$NON-NLS-1$
        }
        Files.writeString(dir.resolve("export.csv"), "unused"); //$NON-NLS-1$ //$NON-NLS-2$
        supplier = Files.writeString(dir.resolve("entreprise.properties"), //$NON-NLS-1$
                "siret=" + Fixtures.SIRET_SUPPLIER + "\nnom=Fournisseur SA\ntva=FR40130026123\niban=" + Fixtures.IBAN //$NON-NLS-1$ //$NON-NLS-2$
                        + "\nville=Paris\npays=fr\n", StandardCharsets.UTF_8); //$NON-NLS-1$
    }

    private FluxVerb verb() {
        FluxVerb verb = new FluxVerb();
        verb.addSource(new ListSource());
        verb.setControl(new DefaultControlService(BuiltInRules.all(), Clock.systemDefaultZone()));
        DefaultFluxService flux = new DefaultFluxService();
        flux.addFormat(new UblE2MinFormat());
        flux.addFormat(new UblE1Format());
        flux.addFormat(new FacturxFormat());
        verb.setFlux(flux);
        verb.setDirectories(new OneStructure());
        if (suppliers != null) {
            verb.setSuppliers(suppliers);
        }
        return verb;
    }

    private int run(String... args) throws CommandException {
        List<String> all = new ArrayList<>(List.of("--supplier", supplier.toString())); //$NON-NLS-1$
        all.addAll(List.of(args));
        return runWithoutSupplierFile(all.toArray(String[]::new));
    }

    private int runWithoutSupplierFile(String... args) throws CommandException {
        List<String> all = new ArrayList<>(List.of("--invoices", dir.resolve("export.csv").toString(), "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                dir.resolve("out").toString())); //$NON-NLS-1$
        all.addAll(List.of(args));
        CommandContext context = new CommandContext(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), false, dir.resolve("data"), Map.of()); //$NON-NLS-1$
        return verb().run(context, all);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lotOfCompliantInvoicesIsWrittenAndListedWithItsSize() throws Exception {
        assertEquals(ExitCode.OK, run("--format", "IN_DP_E2_UBL_INVOICE_MIN", "--name", "Novembre")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Path zip;
        try (var files = Files.list(dir.resolve("out"))) { //$NON-NLS-1$
            zip = files.filter(f -> f.getFileName().toString().startsWith("novembre_")).findFirst().orElseThrow(); //$NON-NLS-1$
        }
        assertTrue(out().contains(zip.toString() + " (" + Files.size(zip)), out()); //$NON-NLS-1$
    }

    @Test
    void invoiceWithAnErrorAnomalyIsLeftOutAndListedExitOne() throws Exception {
        invoices.add(Fixtures.invoice("F3", InvoiceType.FACTURE, dir.resolve("absent.pdf"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.FINDINGS, run("--format", "IN_DP_E2_UBL_INVOICE_MIN", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonNode json = new ObjectMapper().readTree(out());
        assertEquals("IN_DP_E2_UBL_INVOICE_MIN", json.get("format").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, json.get("files").size()); //$NON-NLS-1$
        assertEquals("F1", json.get("files").get(0).get("invoices").get(0).asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(2, json.get("files").get(0).get("invoices").size()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(json.get("files").get(0).get("size").asLong() > 0); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("F3", json.get("leftOut").get(0).get("number").asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertFalse(json.get("leftOut").get(0).get("anomalies").isEmpty()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void lotOverTheThresholdsIsRefusedExitOneUnlessSplit() throws Exception {
        assertEquals(ExitCode.FINDINGS, run("--format", "IN_DP_E2_UBL_INVOICE_MIN", "--max-invoices", "1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(out().contains("--split"), out()); //$NON-NLS-1$
        assertFalse(Files.exists(dir.resolve("out"))); //$NON-NLS-1$
        outBytes.reset();
        assertEquals(ExitCode.OK, run("--format", "IN_DP_E2_UBL_INVOICE_MIN", "--max-invoices", "1", "--split", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        JsonNode json = new ObjectMapper().readTree(out());
        assertEquals(2, json.get("files").size()); //$NON-NLS-1$
        assertEquals(1, json.get("warnings").size()); //$NON-NLS-1$
    }

    @Test
    void sequentialTarAndUsageErrors() throws Exception {
        assertEquals(ExitCode.OK, run("--format", "IN_DP_E1_UBL_INVOICE", "--mode", "sequential", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(2, new ObjectMapper().readTree(out()).get("files").size()); //$NON-NLS-1$
        CommandException unknown = assertThrows(CommandException.class, () -> run("--format", "IN_DP_NOPE")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.getMessage().contains("IN_DP_E2_UBL_INVOICE_MIN"), unknown.getMessage()); //$NON-NLS-1$
        CommandException mode = assertThrows(CommandException.class,
                () -> run("--format", "IN_DP_E1_UBL_INVOICE", "--mode", "batch")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(mode.getMessage().contains("--mode"), mode.getMessage()); //$NON-NLS-1$
    }

    @Test
    void withoutSupplierFileTheCompanySettingsOfTheDataFolderAreUsedAndTheFileStillOverrides() throws Exception {
        CommandException none = assertThrows(CommandException.class,
                () -> runWithoutSupplierFile("--format", "IN_DP_E2_UBL_INVOICE_MIN")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.USAGE, none.exitCode());
        assertTrue(none.getMessage().contains("Entreprise"), none.getMessage()); //$NON-NLS-1$

        List<Path> askedFor = new ArrayList<>();
        suppliers = data -> {
            askedFor.add(data);
            return Optional.of(new Supplier(Fixtures.SIRET_SUPPLIER, "Depuis Paramétrage SA", "FR40130026123", //$NON-NLS-1$ //$NON-NLS-2$
                    Fixtures.IBAN, null, null, null, "Paris", "FR")); //$NON-NLS-1$ //$NON-NLS-2$
        };
        assertEquals(ExitCode.OK, runWithoutSupplierFile("--format", "IN_DP_E1_UBL_INVOICE", "--mode", "sequential", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(List.of(dir.resolve("data")), askedFor); //$NON-NLS-1$
        Path written = Path.of(new ObjectMapper().readTree(out()).get("files").get(0).get("path").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        try (var files = Files.walk(written)) {
            String xml = Files.readString(files.filter(Files::isRegularFile).findFirst().orElseThrow());
            assertTrue(xml.contains("Depuis Paramétrage SA"), "the settings' company is the seller"); //$NON-NLS-1$
        }

        outBytes.reset();
        assertEquals(ExitCode.OK, run("--format", "IN_DP_E1_UBL_INVOICE", "--mode", "sequential", "--json", "--name", "fichier")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        Path fromFile = Path.of(new ObjectMapper().readTree(out()).get("files").get(0).get("path").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        try (var files = Files.walk(fromFile)) {
            String xml = Files.readString(files.filter(Files::isRegularFile).findFirst().orElseThrow());
            assertTrue(xml.contains("Fournisseur SA") && !xml.contains("Depuis Paramétrage"), "--supplier overrides"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertEquals(1, askedFor.size(), "not asked when the file is given");
    }

    @Test
    void withoutTheirOptionsTheThresholdsAndTheFrameworkPlacementOfTheSettingsAreUsedAndTheOptionsStillOverride()
            throws Exception {
        List<Path> askedFor = new ArrayList<>();
        suppliers = new SupplierProvider() {
            @Override
            public Optional<Supplier> supplier(Path data) {
                return Optional.empty();
            }

            @Override
            public Thresholds thresholds(Path data) {
                askedFor.add(data);
                return Thresholds.ofMegabytes(100, 1);
            }

            @Override
            public FrameworkPlacement frameworkPlacement(Path data) {
                return FrameworkPlacement.BT_24;
            }
        };
        // two invoices, one allowed per lot by the settings: refused as over the thresholds
        assertEquals(ExitCode.FINDINGS, run("--format", "IN_DP_E1_UBL_INVOICE")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(out().contains("dépassent les seuils (1 factures, 100,0 Mo)"), out()); //$NON-NLS-1$
        assertEquals(List.of(dir.resolve("data")), askedFor); //$NON-NLS-1$
        assertFalse(Files.exists(dir.resolve("out"))); //$NON-NLS-1$

        // --max-invoices overrides the setting; the framework goes in BT-24 as the settings say
        outBytes.reset();
        assertEquals(ExitCode.OK, run("--format", "IN_DP_E1_UBL_INVOICE", "--max-invoices", "2", "--name", "bt24", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "--json")); //$NON-NLS-1$
        String bt24 = firstXml();
        assertTrue(bt24.contains("<cbc:CustomizationID>A1</cbc:CustomizationID>"), bt24); //$NON-NLS-1$
        assertFalse(bt24.contains("<cbc:ProfileID>"), bt24); //$NON-NLS-1$

        // --framework overrides the setting
        outBytes.reset();
        assertEquals(ExitCode.OK, run("--format", "IN_DP_E1_UBL_INVOICE", "--split", "--mode", "sequential", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "--framework", "BT-23", "--name", "bt23", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        String bt23 = firstXml();
        assertTrue(bt23.contains("<cbc:ProfileID>A1</cbc:ProfileID>"), bt23); //$NON-NLS-1$
        assertTrue(bt23.contains("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>"), bt23); //$NON-NLS-1$
    }

    /** The first invoice XML of the first file the last {@code --json} run lists (a lot's first entry). */
    private String firstXml() throws Exception {
        Path file = Path.of(new ObjectMapper().readTree(out()).get("files").get(0).get("path").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        if (!file.toString().endsWith(".zip")) { //$NON-NLS-1$
            return Files.readString(file);
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.entries().nextElement()).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFacturxThatCannotBeDepositedAsItIsIsListedWithItsReasonExitOneAndTheOthersAreWritten() throws Exception {
        // F1 already comes as a Factur-X whose totals are not the export's; F2 has a plain PDF
        Path plain = org.choral.flux.internal.Pdfs.embedded(dir.resolve("plain.pdf"), 1); //$NON-NLS-1$
        Invoice f1 = invoices.get(0);
        Files.write(f1.pdf(), Fixtures.write(new FacturxFormat(), new Invoice(f1.number(), f1.date(), f1.type(), f1.siret(),
                f1.clientName(), f1.serviceCode(), f1.engagement(), f1.marketNumber(), new java.math.BigDecimal("200.00"), //$NON-NLS-1$
                new java.math.BigDecimal("40.00"), new java.math.BigDecimal("240.00"), f1.vatRate(), f1.currency(), //$NON-NLS-1$ //$NON-NLS-2$
                f1.framework(), f1.pdfReference(), plain, f1.dueDate(), null, null, null, List.of(), List.of(), f1.position(),
                List.of()), Fixtures.options()));
        Files.copy(plain, invoices.get(1).pdf(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(ExitCode.FINDINGS, run("--format", "IN_DP_E2_CII_FACTURX", "--name", "fx")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(out().contains("Facture F1 non générée : La facture F1 est déjà un Factur-X mais ne peut pas être déposée " //$NON-NLS-1$
                + "telle quelle : factur-x.xml ne correspond pas à l’export : le total HT (BT-109) vaut « 200.00 »"), out()); //$NON-NLS-1$
        outBytes.reset();
        assertEquals(ExitCode.FINDINGS, run("--format", "IN_DP_E2_CII_FACTURX", "--name", "fx2", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        JsonNode json = new ObjectMapper().readTree(out());
        assertEquals("F1", json.get("failures").get(0).get("number").asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(json.get("failures").get(0).get("reason").asText().contains("le total TTC (BT-112)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("F2"), List.of(json.get("files").get(0).get("invoices").get(0).asText())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(1, json.get("files").get(0).get("invoices").size()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void supplierWithoutIbanIsRefusedWithWhatToFill() throws Exception {
        Files.writeString(supplier, "siret=" + Fixtures.SIRET_SUPPLIER + "\nnom=Fournisseur SA\n"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandException e = assertThrows(CommandException.class, () -> run("--format", "IN_DP_E2_UBL_INVOICE_MIN")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("IBAN"), e.getMessage()); //$NON-NLS-1$
        Files.writeString(supplier, "siret=1\nnom=X\nfoo=bar\n"); //$NON-NLS-1$
        CommandException key = assertThrows(CommandException.class, () -> run("--format", "IN_DP_E2_UBL_INVOICE_MIN")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(key.getMessage().contains("foo"), key.getMessage()); //$NON-NLS-1$
    }

    @Test
    void servicesAreRegisteredInOsgi() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(FluxVerbTest.class).getBundleContext();
        FrameworkUtil.getBundle(FluxVerb.class).start();
        FrameworkUtil.getBundle(DefaultControlService.class).start();
        ServiceTracker<FluxService, FluxService> tracker = new ServiceTracker<>(context, FluxService.class, null);
        tracker.open();
        try {
            FluxService flux = tracker.waitForService(10_000);
            assertNotNull(flux);
            assertEquals(List.of(CiiE1Format.SYNTAX, UblE1Format.SYNTAX, FacturxFormat.SYNTAX, UblE2MinFormat.SYNTAX),
                    flux.formats().stream().map(FluxFormat::syntax).toList());
            boolean verb = false;
            for (ServiceReference<CommandVerb> r : context.getServiceReferences(CommandVerb.class, null)) {
                verb |= "flux".equals(context.getService(r).name()); //$NON-NLS-1$
            }
            assertTrue(verb);
        } finally {
            tracker.close();
        }
    }
}
