// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.ExitCode;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.internal.control.DefaultControlService;
import org.choral.core.internal.control.rules.BuiltInRules;
import org.choral.sources.internal.csv.CsvInvoiceSource;
import org.choral.sources.internal.facturx.FacturxInvoiceSource;
import org.choral.sources.internal.xml.EmbeddedFiles;
import org.choral.sources.internal.xml.Samples;
import org.choral.sources.internal.xml.XmlInvoiceSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code choral check --invoices DIR} on a folder mixing a CSV export, Factur-X PDFs, UBL and CII files. */
class MixedFolderCheckTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(Path invoices) throws CommandException {
        CheckVerb verb = new CheckVerb();
        EmbeddedFiles store = new EmbeddedFiles(dir.resolve("cache")); //$NON-NLS-1$
        // registered in an arbitrary order: the verb orders them
        verb.addSource(new XmlInvoiceSource(store));
        verb.addSource(new FacturxInvoiceSource(store));
        verb.addSource(new CsvInvoiceSource());
        verb.setControl(new DefaultControlService(BuiltInRules.all(), Clock.systemDefaultZone()));
        verb.setDirectories(new FakeDirectory(Instant.now()));
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true, dir.resolve("data"), Map.of()); //$NON-NLS-1$
        return verb.run(context, List.of("--invoices", invoices.toString())); //$NON-NLS-1$
    }

    private Path mixedFolder() throws Exception {
        Path lot = Files.createDirectories(dir.resolve("lot")); //$NON-NLS-1$
        Files.writeString(lot.resolve("export.csv"), //$NON-NLS-1$
                "numero_facture;date_facture;siret_client;montant_ht;montant_tva;montant_ttc\n" //$NON-NLS-1$
                        + "2300632;2024-01-15;21910377700013;100;20;120\n"); //$NON-NLS-1$
        Files.write(lot.resolve("2300632.pdf"), Samples.pdf()); //$NON-NLS-1$
        Files.write(lot.resolve("orphan.pdf"), Samples.pdf()); //$NON-NLS-1$
        Samples.facturx(lot.resolve("FX-1.pdf"), //$NON-NLS-1$
                Samples.cii("FX-1", Samples.legalSiret(Samples.SERVICES_SIRET), "5G77"), "factur-x.xml", true, true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Files.writeString(lot.resolve("F-UBL-1.xml"), Samples.ublInvoice("F-UBL-1", Samples.pdf())); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(lot.resolve("facture-cii.dat"), //$NON-NLS-1$
                Samples.cii("F-CII-9", Samples.legalSiret(Samples.PLAIN_SIRET), "SERV")); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(lot.resolve("evil.xml"), "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(lot.resolve("README.md"), "Factures de janvier\n"); //$NON-NLS-1$ //$NON-NLS-2$
        return lot;
    }

    @Test
    void everySourceReadsItsFilesAndOneBadFileHidesNothing() throws Exception {
        assertEquals(ExitCode.FINDINGS, check(mixedFolder()));
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (JsonNode i : root.get("invoices")) { //$NON-NLS-1$
            List<String> codes = new ArrayList<>();
            i.get("anomalies").forEach(a -> codes.add(a.get("code").asText())); //$NON-NLS-1$ //$NON-NLS-2$
            seen.add(i.get("number").asText() + " " + i.get("siret").asText() + " " + i.get("status").asText() + " " + codes); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }
        assertEquals(List.of( //
                "2300632 21910377700013 compliant []", // CSV first; its PDF is not read as a Factur-X //$NON-NLS-1$
                "F-UBL-1 13002612300179 compliant []", // the embedded PDF extracted and checked //$NON-NLS-1$
                "F-CII-9 21910377700013 anomaly [SERVICE_UNKNOWN, PDF_MISSING]", // found by content in a .dat //$NON-NLS-1$
                "FX-1 13002612300179 compliant []"), seen); //$NON-NLS-1$
        JsonNode summary = root.get("summary"); //$NON-NLS-1$
        assertEquals(4, summary.get("total").asInt()); //$NON-NLS-1$
        assertEquals(3, summary.get("compliant").asInt()); //$NON-NLS-1$
        assertEquals(1, summary.get("byCode").get("SERVICE_UNKNOWN").asInt()); //$NON-NLS-1$ //$NON-NLS-2$
        String warnings = err.toString(StandardCharsets.UTF_8);
        assertTrue(warnings.contains("evil.xml") && warnings.contains("DOCTYPE"), warnings); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(warnings.contains("orphan.pdf"), "a plain PDF beside an export is no error: " + warnings); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(warnings.contains("README"), warnings); //$NON-NLS-1$
    }

    @Test
    void aFolderOfPlainPdfsOnlySaysWhyNothingWasRead() throws Exception {
        Path lot = Files.createDirectories(dir.resolve("pdfs")); //$NON-NLS-1$
        Files.write(lot.resolve("scan.pdf"), Samples.pdf()); //$NON-NLS-1$
        CommandException e = assertThrows(CommandException.class, () -> check(lot));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("scan.pdf") && e.getMessage().contains("factur-x.xml"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aSingleRefusedXmlExitsTwoNamingIt() throws Exception {
        Path evil = Files.writeString(dir.resolve("facture.xml"), "<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandException e = assertThrows(CommandException.class, () -> check(evil));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("facture.xml") && e.getMessage().contains("DOCTYPE"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aSingleFacturxIsCheckedOnItsOwn() throws Exception {
        Path pdf = dir.resolve("FX-3.pdf"); //$NON-NLS-1$
        Samples.facturx(pdf, Samples.cii("FX-3", Samples.legalSiret(Samples.SERVICES_SIRET), "5G77"), "factur-x.xml", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                true, false);
        assertEquals(ExitCode.OK, check(pdf));
    }

    @Test
    void theThreeSourcesAreDsServices() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(MixedFolderCheckTest.class).getBundleContext();
        FrameworkUtil.getBundle(CheckVerb.class).start();
        List<String> ids = context.getServiceReferences(InvoiceSource.class, null).stream()
                .map(r -> context.getService(r).id()).sorted().toList();
        assertTrue(ids.containsAll(List.of("csv", "facturx", "xml")), ids.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
