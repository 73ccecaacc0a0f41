// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.check;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.internal.control.DefaultControlService;
import org.choral.core.internal.control.rules.BuiltInRules;
import org.choral.sources.internal.csv.CsvInvoiceSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CheckVerbTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private Path export;

    @BeforeEach
    void setUp() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(dir.resolve("2300632.pdf").toFile()); //$NON-NLS-1$
        }
        export = Files.writeString(dir.resolve("export.csv"), //$NON-NLS-1$
                "numero_facture;date_facture;siret_client;code_service;numero_engagement;montant_ht;montant_tva;montant_ttc\n" //$NON-NLS-1$
                        + "2300632;2024-01-15;21910377700013;;;100;20;120\n" //$NON-NLS-1$
                        + "2300630;2024-01-15;13002612300179;SERV;ENG;100;20;120\n" //$NON-NLS-1$
                        + "2300635;15/01/2024;;;;100;20;abc\n"); //$NON-NLS-1$
    }

    private CheckVerb verb(DirectoryServices directories) {
        CheckVerb verb = new CheckVerb();
        verb.addSource(new CsvInvoiceSource());
        verb.setControl(new DefaultControlService(BuiltInRules.all(), Clock.systemDefaultZone()));
        if (directories != null) {
            verb.setDirectories(directories);
        }
        return verb;
    }

    private int run(CheckVerb verb, boolean json, String... args) throws CommandException {
        CommandContext context = new CommandContext(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), json, dir.resolve("data"), Map.of()); //$NON-NLS-1$
        return verb.run(context, List.of(args));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonListsEveryInvoiceWithFlagsAnomaliesAndSummary() throws Exception {
        int code = run(verb(new FakeDirectory(Instant.now())), true, "--invoices", export.toString()); //$NON-NLS-1$
        assertEquals(ExitCode.FINDINGS, code);
        JsonNode root = new ObjectMapper().readTree(out());
        JsonNode invoices = root.get("invoices"); //$NON-NLS-1$
        assertEquals(3, invoices.size());
        JsonNode ok = invoices.get(0);
        assertEquals("2300632", ok.get("number").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("21910377700013", ok.get("siret").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("compliant", ok.get("status").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(ok.get("flags").get("StA").asBoolean()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(ok.get("flags").get("SvA").isNull()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("StA", "StGE", "StGS", "StGSE", "SvA", "SvGE"), fieldNames(ok.get("flags"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        assertEquals(0, ok.get("anomalies").size()); //$NON-NLS-1$
        JsonNode bad = invoices.get(1);
        assertEquals("anomaly", bad.get("status").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode first = bad.get("anomalies").get(0); //$NON-NLS-1$
        assertEquals("SERVICE_UNKNOWN", first.get("code").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("error", first.get("severity").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Le service SERV n'existe pas dans l'annuaire Chorus", first.get("message").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(3, first.get("line").asInt()); //$NON-NLS-1$
        assertEquals("code_service", first.get("field").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("PDF_MISSING", bad.get("anomalies").get(1).get("code").asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonNode noSiret = invoices.get(2);
        List<String> codes = new ArrayList<>();
        noSiret.get("anomalies").forEach(a -> codes.add(a.get("code").asText())); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("INPUT_INVALID", "SIRET_MISSING", "PDF_MISSING"), codes); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("montant_ttc", noSiret.get("anomalies").get(0).get("field").asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(noSiret.get("flags").get("StA").isNull()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode summary = root.get("summary"); //$NON-NLS-1$
        assertEquals(3, summary.get("total").asInt()); //$NON-NLS-1$
        assertEquals(1, summary.get("compliant").asInt()); //$NON-NLS-1$
        assertEquals(2, summary.get("anomaly").asInt()); //$NON-NLS-1$
        assertEquals(2, summary.get("byCode").get("PDF_MISSING").asInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(summary.get("directoryStale").asBoolean()); //$NON-NLS-1$
    }

    @Test
    void textShowsBothListsAndStaleDirectoryWarns() throws Exception {
        int code = run(verb(new FakeDirectory(Instant.now().minus(Duration.ofDays(40)))), false, "--invoices", //$NON-NLS-1$
                export.toString());
        assertEquals(ExitCode.FINDINGS, code);
        String text = out();
        assertTrue(text.indexOf("Liste des factures conformes") < text.indexOf("Anomalies à corriger"), text); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(text.contains("2300630 | Le service SERV n'existe pas dans l'annuaire Chorus"), text); //$NON-NLS-1$
        assertTrue(text.contains("2300635 | Le client n'a pas de numéro de SIRET"), text); //$NON-NLS-1$
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("40"), "stale warning on stderr"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void allCompliantExitsZero() throws Exception {
        Path one = Files.writeString(dir.resolve("un.csv"), //$NON-NLS-1$
                "numero_facture;date_facture;siret_client\n2300632;2024-01-15;21910377700013\n"); //$NON-NLS-1$
        assertEquals(ExitCode.OK, run(verb(new FakeDirectory(Instant.now())), true, "--invoices", one.toString())); //$NON-NLS-1$
        assertEquals("compliant", new ObjectMapper().readTree(out()).get("invoices").get(0).get("status").asText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void theMappingTheDialogSavesIsReadByMapping() throws Exception {
        Path erp = Files.writeString(dir.resolve("erp.csv"), //$NON-NLS-1$
                "N° pièce;Émise le;SIRET destinataire\n2300632;15/01/2024;21910377700013\n"); //$NON-NLS-1$
        Path mapping = dir.resolve("correspondance-colonnes.properties"); //$NON-NLS-1$
        java.util.Map<String, String> chosen = new java.util.HashMap<>(
                org.choral.sources.api.ColumnMappings.suggest(org.choral.sources.api.ColumnMappings.sample(erp, 1).headers(), Map.of()));
        chosen.put("date_facture", "Émise le"); //$NON-NLS-1$ //$NON-NLS-2$
        org.choral.sources.api.ColumnMappings.save(mapping, chosen);
        assertEquals(ExitCode.OK, run(verb(new FakeDirectory(Instant.now())), true, "--invoices", erp.toString(), //$NON-NLS-1$
                "--mapping", mapping.toString())); //$NON-NLS-1$
        JsonNode invoice = new ObjectMapper().readTree(out()).get("invoices").get(0); //$NON-NLS-1$
        assertEquals("2300632", invoice.get("number").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("compliant", invoice.get("status").asText()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void inputErrorsExitTwo() throws Exception {
        Path noDate = Files.writeString(dir.resolve("sans-date.csv"), "numero_facture;siret_client\nF1;x\n"); //$NON-NLS-1$ //$NON-NLS-2$
        CheckVerb verb = verb(new FakeDirectory(Instant.now()));
        CommandException e = assertThrows(CommandException.class, () -> run(verb, false, "--invoices", noDate.toString())); //$NON-NLS-1$
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("sans-date.csv") && e.getMessage().contains("date_facture"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class,
                () -> run(verb, false, "--invoices", dir.resolve("absent.csv").toString())).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class,
                () -> run(verb(new FakeDirectory(null)), false, "--invoices", export.toString())).exitCode()); //$NON-NLS-1$
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class,
                () -> run(verb(null), false, "--invoices", export.toString())).exitCode()); //$NON-NLS-1$
    }

    @Test
    void aFolderOfExportsAndALinesFileAndAPdfFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lot")); //$NON-NLS-1$
        Files.copy(export, folder.resolve("export.csv")); //$NON-NLS-1$
        Files.copy(dir.resolve("2300632.pdf"), folder.resolve("ignore-me.pdf")); //$NON-NLS-1$ //$NON-NLS-2$
        Path lines = Files.writeString(dir.resolve("lignes.csv"), "numero_facture;libelle;quantite;prix_unitaire_ht\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "2300632;Audit;1;90\n"); //$NON-NLS-1$
        run(verb(new FakeDirectory(Instant.now())), true, "--invoices", folder.toString(), "--lines", lines.toString(), //$NON-NLS-1$ //$NON-NLS-2$
                "--pdf-dir", dir.toString()); //$NON-NLS-1$
        JsonNode first = new ObjectMapper().readTree(out()).get("invoices").get(0); //$NON-NLS-1$
        assertEquals("AMOUNTS_INCONSISTENT", first.get("anomalies").get(0).get("code").asText(), first.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(1, first.get("anomalies").size(), "PDF found in --pdf-dir"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theVerbAndTheSourceAreDsServicesThatUseARegisteredDirectory() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CheckVerbTest.class).getBundleContext();
        FrameworkUtil.getBundle(CheckVerb.class).start();
        FrameworkUtil.getBundle(DefaultControlService.class).start();
        ServiceRegistration<DirectoryServices> reg = context.registerService(DirectoryServices.class,
                new FakeDirectory(Instant.now()), null);
        try {
            assertTrue(context.getServiceReferences(InvoiceSource.class, null).stream()
                    .map(r -> context.getService(r).id()).anyMatch("csv"::equals));
            CommandVerb check = null;
            for (ServiceReference<CommandVerb> r : context.getServiceReferences(CommandVerb.class, null)) {
                if ("check".equals(context.getService(r).name())) { //$NON-NLS-1$
                    check = context.getService(r);
                }
            }
            assertNotNull(check, "the check verb is registered"); //$NON-NLS-1$
            CommandContext cc = new CommandContext(new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                    new PrintStream(errBytes, true, StandardCharsets.UTF_8), true, dir, Map.of());
            assertEquals(ExitCode.FINDINGS, check.run(cc, List.of("--invoices", export.toString()))); //$NON-NLS-1$
            assertEquals(3, new ObjectMapper().readTree(out()).get("summary").get("total").asInt()); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            reg.unregister();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
