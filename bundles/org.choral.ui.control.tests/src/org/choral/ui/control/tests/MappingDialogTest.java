// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.tests;

import static org.choral.ui.control.tests.ControlViewBot.ANOMALIES;
import static org.choral.ui.control.tests.ControlViewBot.COMPLIANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Hashtable;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.sources.report.ReportColumn;
import org.choral.ui.bot.Bot;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.control.internal.parts.ControlPart;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * An export with the ERP's own column names: loading it opens the mapping dialog with suggestions,
 * the user fixes the column not recognised and saves, the invoices are read and checked; after a
 * restart the same folder's export is read with the saved mapping without asking.
 */
class MappingDialogTest {

    private static final List<String> HEADERS = List.of("N° pièce", "Émise le", "SIRET destinataire", "Raison sociale",
            "Code service", "N° engagement", "N° marché", "Montant HT", "Montant TVA", "Montant TTC", "Commentaire");

    @TempDir
    Path dir;
    private WorkbenchBot workbench;
    private ServiceRegistration<DirectoryServices> registration;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchBot.clearPersistedLayout();
        BundleContext context = FrameworkUtil.getBundle(MappingDialogTest.class).getBundleContext();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, 100);
        registration = context.registerService(DirectoryServices.class, new MemoryDirectory(Instant.now().minus(Duration.ofDays(2))), props);
        workbench = WorkbenchBot.start();
    }

    @AfterEach
    void tearDown() {
        if (workbench != null && workbench.isRunning()) {
            workbench.close();
        }
        registration.unregister();
    }

    /** Written by French Excel (Windows-1252), « ; », the ERP's own headers; PDFs beside it. */
    private Path erpExport() throws Exception {
        for (String n : List.of("2300632", "2300634", "2300635")) {
            try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                doc.save(dir.resolve(n + ".pdf").toFile());
            }
        }
        String text = String.join(";", HEADERS) + "\r\n"
                + "2300632;15/01/2024;21910377700013;Commune de Massy;;;ML230171;100,00;20,00;120,00;\r\n"
                + "2300634;17/01/2024;13002612300179;Ministère des Armées;5G77;20215ERV;;100,00;20,00;120,00;\r\n"
                + "2300635;18/01/2024;;Client sans SIRET;;;;100,00;20,00;120,00;relancé\r\n";
        return Files.write(dir.resolve("export-2024-01.csv"), text.getBytes(Charset.forName("windows-1252")));
    }

    @Test
    void mapsTheErpColumnsOnceThenReadsTheExportAndReusesTheMappingAfterARestart() throws Exception {
        Path export = erpExport();
        ControlViewBot view = new ControlViewBot(workbench);
        ControlReport before = view.show().report();
        Shell load = view.startLoad(export, dir, null);

        MappingDialogBot mapping = new MappingDialogBot(workbench.bot());
        assertEquals("N° pièce", mapping.header("numero_facture"));
        assertEquals("SIRET destinataire", mapping.header("siret_client"));
        assertEquals("Raison sociale", mapping.header("nom_client"));
        assertEquals("Code service", mapping.header("code_service"));
        assertEquals("N° engagement", mapping.header("numero_engagement"));
        assertEquals("N° marché", mapping.header("numero_marche"));
        assertEquals("Montant HT", mapping.header("montant_ht"));
        assertEquals("Montant TVA", mapping.header("montant_tva"));
        assertEquals("Montant TTC", mapping.header("montant_ttc"));
        assertNull(mapping.header("date_facture"), "« Émise le » is no name Choral knows");
        assertNull(mapping.header("fichier_pdf"));
        assertEquals(HEADERS, mapping.offered("date_facture"), "the headers as read from the Windows-1252 file");
        assertFalse(mapping.canSave());
        assertTrue(mapping.problems().contains("« Date de facture »"), mapping.problems());
        assertEquals(dir.resolve("correspondance-colonnes.properties").toString(), mapping.file());

        mapping.choose("montant_tva", "Montant HT");
        assertTrue(mapping.problems().contains("« Montant HT » est associé à plusieurs colonnes"), mapping.problems());
        mapping.choose("montant_tva", "Montant TVA");

        mapping.choose("date_facture", "Émise le");
        assertEquals("", mapping.problems());
        assertTrue(mapping.canSave());
        assertTrue(mapping.summary().startsWith("10 colonnes sur 20 associées, dont 9 reconnues automatiquement"), mapping.summary());
        List<List<String>> preview = mapping.preview();
        assertEquals(List.of("Ligne", "N° de facture", "Date de facture"), preview.get(0).subList(0, 3));
        assertEquals("Lecture", preview.get(0).get(preview.get(0).size() - 1));
        assertEquals(4, preview.size(), "header and the three rows");
        assertEquals(List.of("2", "2300632", "15/01/2024"), preview.get(1).subList(0, 3));
        assertEquals("correcte", preview.get(1).get(preview.get(1).size() - 1));
        assertTrue(preview.get(2).contains("Ministère des Armées"), preview.get(2).toString());
        mapping.save();

        view.waitForLoad(load, before);
        assertEquals(List.of("2300632", "2300634"), view.column(COMPLIANT, ReportColumn.NUMBER));
        assertEquals(List.of("2300635"), view.column(ANOMALIES, ReportColumn.NUMBER));
        Path saved = dir.resolve("correspondance-colonnes.properties");
        String text = Files.readString(saved, StandardCharsets.UTF_8);
        assertTrue(text.contains("\nnumero_facture=N° pièce\n") && text.contains("\ndate_facture=Émise le\n"), text);
        ControlPart part = view.part();
        assertEquals(saved, workbench.bot().syncExec(() -> part.lastRequest().mapping()));
        workbench.close();

        workbench = WorkbenchBot.start();
        view = new ControlViewBot(workbench);
        before = view.show().report();
        Files.copy(export, dir.resolve("export-2024-02.csv"));
        load = view.startLoad(dir.resolve("export-2024-02.csv"), dir, null);
        // the folder's mapping is used: no mapping dialog, the run starts as soon as « Contrôler » is clicked
        view.waitForLoad(load, before);
        assertEquals(List.of("2300632", "2300634"), view.column(COMPLIANT, ReportColumn.NUMBER));
        assertEquals(List.of("2300635"), view.column(ANOMALIES, ReportColumn.NUMBER));
        ControlPart restarted = view.part();
        assertEquals(saved, workbench.bot().syncExec(() -> restarted.lastRequest().mapping()));
    }

    @Test
    void opensOnDemandFromTheLoadDialogWithTheSavedMappingAndFillsItIn() throws Exception {
        Path export = erpExport();
        Path saved = dir.resolve("erp.properties");
        Files.writeString(saved, "date_facture=Émise le\nnom_client=Commentaire\nlibelle=Désignation\n", StandardCharsets.UTF_8);
        ControlViewBot view = new ControlViewBot(workbench);
        view.show();
        Bot bot = workbench.bot();
        workbench.clickMenu("org.choral.ui.control.menuitem.load");
        Shell load = bot.shellWithId("load.shell");
        Text invoices = bot.widgetWithId(load, Text.class, "load.invoices");
        Text mappingField = bot.widgetWithId(load, Text.class, "load.mapping");
        bot.syncRun(() -> {
            invoices.setText(export.toString());
            mappingField.setText(saved.toString());
        });
        bot.click(bot.widgetWithId(load, Button.class, "load.mapping.edit"));

        MappingDialogBot mapping = new MappingDialogBot(bot);
        assertEquals("Émise le", mapping.header("date_facture"), "the saved mapping");
        assertEquals("Commentaire", mapping.header("nom_client"), "the saved mapping wins over « Raison sociale »");
        assertEquals("N° pièce", mapping.header("numero_facture"), "suggested");
        assertEquals(saved.toString(), mapping.file());
        mapping.choose("nom_client", "Raison sociale");
        Path other = dir.resolve("autre/erp-v2.properties");
        mapping.setFile(other);
        mapping.save();

        assertEquals(other.toString(), view.mappingField(load));
        String text = Files.readString(other, StandardCharsets.UTF_8);
        assertTrue(text.contains("\nnom_client=Raison sociale\n"), text);
        assertTrue(text.contains("\nlibelle=Désignation\n"), "the lines file's entries are kept: " + text);
        bot.click(bot.widgetWithId(load, Button.class, "load.cancel"));
        bot.waitUntilClosed(load);
    }
}
