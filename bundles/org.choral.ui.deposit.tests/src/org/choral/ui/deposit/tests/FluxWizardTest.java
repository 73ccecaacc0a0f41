// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.flux.FluxSettings;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.Thresholds;
import org.choral.settings.api.GenerationSettings;
import org.choral.settings.api.SettingsService;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.FluxWizardBot;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.deposit.internal.handlers.FluxHandler;
import org.choral.ui.deposit.internal.model.Sizes;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * « Flux » in the real application: three compliant invoices loaded in the control view, the
 * wizard opened on them, a lot in E2 UBL generated and found on disk and in the wizard's list,
 * then the same invoices one file each; the deposit page is ready (see DepositWizardTest for the deposit).
 */
class FluxWizardTest {

    private static final String E2_UBL = "IN_DP_E2_UBL_INVOICE_MIN";
    private static final List<String> NUMBERS = List.of("F-2026-001", "F-2026-002", "F-2026-003");
    private static final Supplier SUPPLIER = new Supplier("13002612300179", "Fournisseur SA", "FR40130026123",
            "FR7630006000011234567890189", "AGRIFRPP", "1 rue de la Paix", "75001", "Paris", "FR");

    @TempDir
    Path dir;
    private WorkbenchBot workbench;
    private final List<ServiceRegistration<?>> registrations = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        WorkbenchBot.clearPersistedLayout();
        var prefs = InstanceScope.INSTANCE.getNode(FluxHandler.PREFERENCES);
        prefs.clear();
        prefs.flush();
    }

    /** Starts the workbench with {@code settings} over the settings module's own, or with the module's when {@code null}. */
    private void start(FluxSettings settings) {
        BundleContext context = FrameworkUtil.getBundle(FluxWizardTest.class).getBundleContext();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, 100);
        registrations.add(context.registerService(DirectoryServices.class, new MemoryDirectory(), props));
        if (settings != null) {
            registrations.add(context.registerService(FluxSettings.class, settings, props));
        }
        workbench = WorkbenchBot.start();
    }

    @AfterEach
    void tearDown() {
        if (workbench != null && workbench.isRunning()) {
            workbench.close();
        }
        registrations.forEach(ServiceRegistration::unregister);
    }

    /** Three invoices to the commune, compliant (it needs neither service nor engagement), each with its PDF. */
    private Path export() throws Exception {
        StringBuilder csv = new StringBuilder(
                "numero_facture;date_facture;siret_client;nom_client;code_service;numero_engagement;numero_marche;montant_ht;montant_tva;montant_ttc\n");
        for (String n : NUMBERS) {
            try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                doc.save(dir.resolve(n + ".pdf").toFile());
            }
            csv.append(n).append(";2026-11-02;21910377700013;Commune de Massy;;;ML230171;100;20;120\n");
        }
        return Files.writeString(dir.resolve("export.csv"), csv);
    }

    /** « Factures > Charger les factures… » through its dialog, then waits for the three compliant invoices. */
    private void loadControl() throws Exception {
        Path export = export();
        workbench.clickMenu("org.choral.ui.control.menuitem.load");
        Shell dialog = workbench.bot().shellWithId("load.shell");
        for (String[] field : new String[][] { { "load.invoices", export.toString() }, { "load.lines", "" },
                { "load.pdfFolder", dir.toString() }, { "load.mapping", "" } }) {
            Text text = workbench.bot().widgetWithId(dialog, Text.class, field[0]);
            workbench.bot().syncRun(() -> text.setText(field[1]));
        }
        workbench.bot().click(workbench.bot().widgetWithId(dialog, Button.class, "load.ok"));
        workbench.bot().waitUntilClosed(dialog);
        Table compliant = workbench.bot().widgetWithId(Table.class, "control.compliant");
        workbench.bot().waitUntil(Condition.of("three compliant invoices", () -> compliant.getItemCount() == 3));
    }

    private static FluxSettings settings(Supplier supplier, Thresholds thresholds) {
        return new FluxSettings() {
            @Override
            public Optional<Supplier> supplier() {
                return Optional.ofNullable(supplier);
            }

            @Override
            public Thresholds thresholds() {
                return thresholds;
            }
        };
    }

    @Test
    void generatesALotInE2UblThenOneFilePerInvoiceAndLeavesThePlaceOfTheDeposit() throws Exception {
        start(settings(SUPPLIER, Thresholds.DEFAULTS));
        assertEquals("Flux", workbench.bot().syncExec(() -> workbench.toolItem(FluxWizardBot.TOOL_ITEM).getText()));
        // the toolbar asks @CanExecute on such a request (the control view sends one after each run)
        IEventBroker broker = workbench.bot().syncExec(() -> workbench.window().getContext().get(IEventBroker.class));
        broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        workbench.bot().waitUntil(Condition.of("« Flux » disabled before any control run",
                () -> !workbench.toolItem(FluxWizardBot.TOOL_ITEM).isEnabled()));
        loadControl();
        FluxWizardBot wizard = new FluxWizardBot(workbench).openFromToolbar();

        assertEquals(List.of("Dépôt par lot", "Dépôt séquentiel"), wizard.tabTitles());
        assertTrue(wizard.label("flux.invoices").contains("les 3 factures conformes"), wizard.label("flux.invoices"));
        assertEquals(4, wizard.formats().size(), wizard.formats().toString());
        assertTrue(wizard.formats().get(0).endsWith(E2_UBL), wizard.formats().toString());
        assertEquals("Fournisseur SA (SIRET 13002612300179), des paramètres « Entreprise »", wizard.label("flux.supplier"));

        Path out = dir.resolve("sortie");
        wizard.tab(0);
        wizard.format(E2_UBL);
        wizard.name("Factures de la commune pour novembre 2026");
        wizard.output(out);
        assertTrue(wizard.label("flux.format.description").contains("PDF joint"), wizard.label("flux.format.description"));
        assertTrue(wizard.label("flux.preview").startsWith("3 facture(s) dans un lot"), wizard.label("flux.preview"));
        assertNull(wizard.errorMessage());
        wizard.generate(1);

        String zipName = "factures-de-la-commune-pour-novembre-2026_" + LocalDate.now() + ".zip";
        Path zip = out.resolve(zipName);
        assertTrue(Files.isRegularFile(zip), zip + " on disk");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertEquals(NUMBERS.stream().map(n -> n + ".xml").toList(),
                    z.stream().map(ZipEntry::getName).sorted().toList());
        }
        assertEquals(List.of(List.of(zipName, Sizes.human(Files.size(zip)), String.join(", ", NUMBERS))), wizard.files());
        assertTrue(wizard.label("flux.result.summary").startsWith("1 fichier(s)"), wizard.label("flux.result.summary"));
        assertEquals(List.of(), wizard.rows("flux.failures"));
        wizard.selectFile(0);
        assertTrue(wizard.enabled("flux.open") && wizard.enabled("flux.reveal"));

        wizard.press("flux.next");
        wizard.waitForVisible("deposit.report", Table.class);
        assertEquals(List.of("N° Pièce", "Fichier", "Rapport"), wizard.headers("deposit.report"));
        assertEquals(List.of(), wizard.rows("deposit.report"));
        Button deposit = wizard.button("deposit.run");
        // the deposit module and the Chorus connector are installed, the default settings are the local emulator
        assertTrue(workbench.bot().syncExec(deposit::isEnabled));
        Spinner wait = workbench.bot().widgetWithId(wizard.shell(), Spinner.class, "deposit.wait");
        assertEquals(1000, workbench.bot().syncExec(wait::getSelection));
        assertTrue(workbench.bot().syncExec(wizard.button("deposit.skipDeposited")::getSelection));
        assertFalse(workbench.bot().syncExec(wizard.button("deposit.continueOnError")::getSelection));

        wizard.press("flux.back");
        wizard.press("flux.back");
        wizard.waitForVisible("flux.generate", Button.class);
        wizard.tab(1);
        assertTrue(wizard.label("flux.preview").startsWith("3 fichier(s), un par facture"), wizard.label("flux.preview"));
        wizard.generate(3);
        Path folder = out.resolve("factures-de-la-commune-pour-novembre-2026_" + LocalDate.now());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(NUMBERS.stream().map(n -> n + ".xml").toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(NUMBERS.stream().map(n -> n + ".xml").toList(),
                wizard.files().stream().map(r -> r.get(0)).sorted().toList());
        assertEquals(NUMBERS, wizard.files().stream().map(r -> r.get(2)).sorted().toList());
        wizard.close();
    }

    @Test
    void onTheSelectionWithACompanyFileOffersToSplitALotOverTheThresholdsOrToGoSequential() throws Exception {
        start(settings(null, new Thresholds(100L * 1024 * 1024, 2)));
        loadControl();
        Table compliant = workbench.bot().widgetWithId(Table.class, "control.compliant");
        workbench.bot().syncRun(() -> {
            compliant.setSelection(new int[] { 0, 1, 2 });
            compliant.notifyListeners(SWT.Selection, new Event());
        });
        FluxWizardBot wizard = new FluxWizardBot(workbench).openFromMenu();
        assertTrue(wizard.label("flux.invoices").contains("3 factures conformes sélectionnées"), wizard.label("flux.invoices"));
        assertTrue(wizard.errorMessage().contains("« Entreprise » ne sont pas renseignés"), wizard.errorMessage());
        assertFalse(wizard.enabled("flux.generate"));

        Path company = Files.writeString(dir.resolve("entreprise.properties"),
                "siret=13002612300179\nnom=Fournisseur SA\niban=FR7630006000011234567890189\n");
        Path out = dir.resolve("lots");
        wizard.supplierFile(company);
        wizard.output(out);
        wizard.format(E2_UBL);
        wizard.tab(0);
        assertEquals("Fournisseur SA (SIRET 13002612300179), du fichier de l’entreprise", wizard.label("flux.supplier"));
        assertTrue(wizard.errorMessage().contains("Découpez-le en 2 lots ou passez en dépôt séquentiel"), wizard.errorMessage());
        assertFalse(wizard.enabled("flux.generate"));

        workbench.bot().click(wizard.button("flux.sequential"));
        workbench.bot().waitUntil(Condition.of("sequential tab", () -> wizard.selectedTab() == 1));
        assertNull(wizard.errorMessage());
        wizard.tab(0);
        assertFalse(wizard.enabled("flux.generate"));
        workbench.bot().click(wizard.button("flux.split"));
        workbench.bot().waitUntil(Condition.of("split accepted", () -> wizard.errorMessage() == null));
        assertTrue(wizard.label("flux.preview").startsWith("3 factures en 2 lots"), wizard.label("flux.preview"));
        wizard.generate(2);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.filter(p -> p.toString().endsWith(".zip")).count());
        }
        assertTrue(wizard.label("flux.result.warnings").contains("découpé en 2 lots"), wizard.label("flux.result.warnings"));
        wizard.close();
    }

    @Test
    void theLotThresholdAndTheFrameworkPlacementSavedInParametrageReachThePreviewAndTheFiles() throws Exception {
        SettingsService settings = settingsService();
        settings.save(new GenerationSettings(100, 2, FrameworkPlacement.BT_24));
        try {
            start(null);
            loadControl();
            FluxWizardBot wizard = new FluxWizardBot(workbench).openFromToolbar();
            assertEquals(1, wizard.selectionIndex("flux.framework"), "BT-24, as saved in « Flux »");
            Path company = Files.writeString(dir.resolve("entreprise.properties"),
                    "siret=13002612300179\nnom=Fournisseur SA\niban=FR7630006000011234567890189\n");
            wizard.supplierFile(company);
            wizard.output(dir.resolve("sortie"));
            wizard.format(E2_UBL);
            wizard.tab(0);
            // 3 invoices over the 2 saved in the settings (the default, 500, would let them through)
            assertTrue(wizard.errorMessage().contains("dépassent les seuils d’un lot (2 factures, 100,0 Mo)"), wizard.errorMessage());
            assertTrue(wizard.errorMessage().contains("Découpez-le en 2 lots ou passez en dépôt séquentiel"),
                    wizard.errorMessage());
            assertFalse(wizard.enabled("flux.generate"));
            assertTrue(wizard.visible("flux.split") && wizard.visible("flux.sequential"));

            wizard.tab(1);
            assertNull(wizard.errorMessage());
            wizard.name("Cadre en BT-24");
            wizard.generate(3);
            Path folder = dir.resolve("sortie").resolve("cadre-en-bt-24_" + LocalDate.now());
            String xml = Files.readString(folder.resolve(NUMBERS.get(0) + ".xml"));
            assertTrue(xml.contains("<cbc:CustomizationID>A1</cbc:CustomizationID>"), "framework in BT-24: " + xml.substring(0, 400));
            assertFalse(xml.contains("<cbc:ProfileID>"), xml.substring(0, 400));
            wizard.close();

            // chosen in the wizard for this flux only: BT-23 again, the setting unchanged
            wizard = new FluxWizardBot(workbench).openFromToolbar();
            wizard.supplierFile(company);
            wizard.output(dir.resolve("bt23"));
            wizard.format(E2_UBL);
            wizard.tab(1);
            wizard.select("flux.framework", 0);
            wizard.generate(3);
            try (Stream<Path> files = Files.walk(dir.resolve("bt23"))) {
                String first = Files.readString(files.filter(p -> p.toString().endsWith(".xml")).sorted().findFirst().orElseThrow());
                assertTrue(first.contains("<cbc:ProfileID>A1</cbc:ProfileID>"), first.substring(0, 400));
            }
            wizard.close();
            assertEquals(FrameworkPlacement.BT_24, settings.generation().framework());
        } finally {
            settings.save(GenerationSettings.defaults());
        }
    }

    private static SettingsService settingsService() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(FluxWizardTest.class).getBundleContext();
        ServiceTracker<SettingsService, SettingsService> tracker = new ServiceTracker<>(context, SettingsService.class, null);
        tracker.open();
        try {
            SettingsService s = tracker.waitForService(10_000);
            assertTrue(s != null, "the settings module's SettingsService");
            return s;
        } finally {
            tracker.close();
        }
    }
}
