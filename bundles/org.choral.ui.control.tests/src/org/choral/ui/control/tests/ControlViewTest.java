// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.tests;

import static org.choral.ui.control.tests.ControlViewBot.ANOMALIES;
import static org.choral.ui.control.tests.ControlViewBot.COMPLIANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.sources.report.ReportColumn;
import org.choral.ui.DirectoryTopics;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.control.internal.parts.ControlPart;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * « Contrôle des factures » in the real application: an ERP export with compliant invoices and
 * invoices with anomalies is loaded, both lists read, filtered, sorted and selected, then the
 * control is run again after the directory changed.
 */
class ControlViewTest {

    @TempDir
    Path dir;
    private WorkbenchBot workbench;
    private ServiceRegistration<DirectoryServices> registration;
    private MemoryDirectory directory;

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchBot.clearPersistedLayout();
    }

    private void start(Instant importedAt) {
        directory = new MemoryDirectory(importedAt);
        BundleContext context = FrameworkUtil.getBundle(ControlViewTest.class).getBundleContext();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, 100);
        registration = context.registerService(DirectoryServices.class, directory, props);
        workbench = WorkbenchBot.start();
    }

    @AfterEach
    void tearDown() {
        if (workbench != null && workbench.isRunning()) {
            workbench.close();
        }
        if (registration != null) {
            registration.unregister();
        }
    }

    /** Five invoices: two compliant, three with anomalies (one with two); PDFs for all but 2300630. */
    private Path export() throws Exception {
        for (String n : List.of("2300632", "2300634", "2300635", "2300636")) {
            try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                doc.save(dir.resolve(n + ".pdf").toFile());
            }
        }
        return Files.writeString(dir.resolve("export.csv"),
                "numero_facture;date_facture;siret_client;nom_client;code_service;numero_engagement;numero_marche;montant_ht;montant_tva;montant_ttc\n"
                        + "2300632;2024-01-15;21910377700013;Commune de Massy;;;ML230171;100;20;120\n"
                        + "2300630;2024-01-16;13002612300179;Ministère des Armées;SERV;ENG;;100;20;120\n"
                        + "2300634;2024-01-17;13002612300179;Ministère des Armées;5G77;20215ERV;;100;20;120\n"
                        + "2300635;2024-01-18;;Client sans SIRET;;;;100;20;120\n"
                        + "2300636;2024-01-19;13002612300179;Ministère des Armées;NEW1;ENG2;;100;20;120\n");
    }

    @Test
    void loadsAnExportShowsBothListsFiltersSortsSelectsAndRefreshesAfterTheDirectoryChanged() throws Exception {
        start(Instant.now().minus(Duration.ofDays(2)));
        ControlViewBot view = new ControlViewBot(workbench);
        Path export = export();
        view.load(export, null, dir);

        assertEquals(List.of("N° Facture", "Anomalie", "Engagement", "N° de marché", "Code service", "StA", "StGE",
                "StGS", "StGSE", "SvA", "SvGE", "N° SIRET", "Pièce jointe"), view.headers(ANOMALIES));
        assertEquals(List.of("2300632", "2300634"), view.column(COMPLIANT, ReportColumn.NUMBER));
        List<String> ministry = view.rows(COMPLIANT).get(1);
        assertEquals(List.of("✓", "", "✓", "", "✓", "✓"), ministry.subList(5, 11), ministry.toString());
        assertEquals("13002612300179", ministry.get(ReportColumn.SIRET.ordinal()));
        assertEquals(dir.resolve("2300634.pdf").toString(), ministry.get(ReportColumn.ATTACHMENT.ordinal()));

        assertEquals(List.of("2300630", "2300630", "2300635", "2300636"), view.column(ANOMALIES, ReportColumn.NUMBER));
        List<String> messages = view.column(ANOMALIES, ReportColumn.ANOMALY);
        assertEquals("Le service SERV n'existe pas dans l'annuaire Chorus", messages.get(0));
        assertTrue(messages.get(1).startsWith("Le fichier PDF de la facture est introuvable"), messages.get(1));
        assertEquals("Le client n'a pas de numéro de SIRET", messages.get(2));
        assertTrue(view.label("control.compliant.title").startsWith("Liste des factures conformes (2"));
        assertTrue(view.label("control.anomalies.title").startsWith("Anomalies à corriger (4"));
        assertEquals("", view.label("control.stale"));

        view.filterCode("SERVICE_UNKNOWN");
        assertEquals(List.of("2300630", "2300636"), view.column(ANOMALIES, ReportColumn.NUMBER));
        view.filterCode(null);
        view.filterText("sans siret");
        assertEquals(List.of("2300635"), view.column(ANOMALIES, ReportColumn.NUMBER));
        assertEquals(List.of(), view.column(COMPLIANT, ReportColumn.NUMBER));
        view.filterText("");
        view.filterClient("Commune de Massy");
        assertEquals(List.of("2300632"), view.column(COMPLIANT, ReportColumn.NUMBER));
        assertEquals(List.of(), view.column(ANOMALIES, ReportColumn.NUMBER));
        view.filterClient(null);

        view.sortBy(ANOMALIES, ReportColumn.NUMBER);
        view.sortBy(ANOMALIES, ReportColumn.NUMBER);
        assertEquals(List.of("2300636", "2300635", "2300630", "2300630"), view.column(ANOMALIES, ReportColumn.NUMBER));
        view.sortBy(COMPLIANT, ReportColumn.SVGE);
        assertEquals(List.of("2300632", "2300634"), view.column(COMPLIANT, ReportColumn.NUMBER));

        view.select("org.choral.ui.control.menuitem.selectAll");
        view.waitUntil("all compliant selected", () -> view.part().selectedInvoices().size() == 2);
        view.select("org.choral.ui.control.menuitem.selectNone");
        view.waitUntil("none selected", () -> view.part().selectedInvoices().isEmpty());
        view.filterClient("Ministère des Armées");
        view.select("org.choral.ui.control.menuitem.selectClient");
        view.waitUntil("the client's invoices selected", () -> view.part().selectedInvoices().size() == 1
                && "2300634".equals(view.part().selectedInvoices().get(0).invoice().number()));
        view.filterClient(null);

        List<Object> shown = new CopyOnWriteArrayList<>();
        IEventBroker broker = workbench.bot().syncExec(() -> workbench.window().getContext().get(IEventBroker.class));
        workbench.bot().syncRun(() -> broker.subscribe(DirectoryTopics.SHOW, e -> shown.add(e.getProperty(IEventBroker.DATA))));
        view.doubleClickSiret(COMPLIANT, 0);
        view.waitUntil("directory asked to show the SIRET", () -> shown.contains("21910377700013"));

        directory.addService("NEW1");
        view.refresh();
        assertEquals(List.of("2300632", "2300634", "2300636"), view.column(COMPLIANT, ReportColumn.NUMBER).stream().sorted().toList());
        assertEquals(List.of("2300630", "2300630", "2300635"), view.column(ANOMALIES, ReportColumn.NUMBER).stream().sorted().toList());
    }

    @Test
    void remembersTheLastFilesAcrossRestartsAndSaysTheDirectoryIsStale() throws Exception {
        start(Instant.now().minus(Duration.ofDays(40)));
        ControlViewBot view = new ControlViewBot(workbench);
        Path export = export();
        view.load(export, null, dir);
        assertTrue(view.label("control.stale").contains("plus de 31 jours"), view.label("control.stale"));
        workbench.close();

        workbench = WorkbenchBot.start();
        view = new ControlViewBot(workbench);
        ControlPart part = view.show();
        assertEquals(export, workbench.bot().syncExec(() -> part.lastRequest().invoices()));
        assertTrue(view.label("control.info").contains(export.toString()), view.label("control.info"));
        view.refresh();
        assertEquals(List.of("2300632", "2300634"), view.column(COMPLIANT, ReportColumn.NUMBER));
    }
}
