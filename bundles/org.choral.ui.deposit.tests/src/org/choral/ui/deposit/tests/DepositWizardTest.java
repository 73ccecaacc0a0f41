// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.flux.FluxSettings;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.FluxWizardBot;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.deposit.internal.handlers.FluxHandler;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
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

/**
 * « Déposer sur Chorus » against an in-process emulator: three invoices generated one file each,
 * deposited (three flux numbers, « 3 déposée(s) »), then deposited again with « Ignorer les
 * factures déjà déposées »: nothing sent, « 3 ignorée(s) ».
 */
class DepositWizardTest {

    private static final String SUPPLIER_SIRET = "13002612300179";
    private static final String RECIPIENT = "21910377700013";
    private static final Supplier SUPPLIER = new Supplier(SUPPLIER_SIRET, "Fournisseur SA", "FR40130026123",
            "FR7630006000011234567890189", "AGRIFRPP", "1 rue de la Paix", "75001", "Paris", "FR");

    @TempDir
    Path dir;
    private WorkbenchBot workbench;
    private Emulator emulator;
    private String home;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    // unique per run: the emulator keeps its state in the temporary folder, but the numbers also show
    // that nothing from an earlier run is mistaken for this one
    private final String prefix = "D" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";

    @BeforeEach
    void setUp() throws Exception {
        // the deposit history lives in the data folder: a fresh one per test
        home = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("home").toString());
        WorkbenchBot.clearPersistedLayout();
        var prefs = InstanceScope.INSTANCE.getNode(FluxHandler.PREFERENCES);
        prefs.clear();
        prefs.flush();
        emulator = Emulator.start(EmulatorConfig.builder(dir.resolve("emulator")).port(0).speed(0)
                .structures(List.of(structure(RECIPIENT, "COMMUNE DE MASSY"), structure(SUPPLIER_SIRET, "FOURNISSEUR SA")))
                .supplier(SUPPLIER_SIRET).build());
        PortalSettings portal = PortalSettings.defaults().withUrls(emulator.baseUrl(), emulator.tokenUrl());
        BundleContext context = FrameworkUtil.getBundle(DepositWizardTest.class).getBundleContext();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, 100);
        registrations.add(context.registerService(DirectoryServices.class, new MemoryDirectory(), props));
        registrations.add(context.registerService(FluxSettings.class, new FluxSettings() {
            @Override
            public Optional<Supplier> supplier() {
                return Optional.of(SUPPLIER);
            }

            @Override
            public Thresholds thresholds() {
                return Thresholds.DEFAULTS;
            }
        }, props));
        registrations.add(context.registerService(PortalSettingsProvider.class, () -> portal, props));
        workbench = WorkbenchBot.start();
    }

    @AfterEach
    void tearDown() {
        try {
            if (workbench != null && workbench.isRunning()) {
                workbench.close();
            }
            registrations.forEach(ServiceRegistration::unregister);
            if (emulator != null) {
                emulator.close();
            }
        } finally {
            System.setProperty("user.home", home);
        }
    }

    private static Structure structure(String siret, String name) {
        return new Structure(siret, name, true, false, false, false, true, "1 rue de la Paix", "75001", "PARIS", "FR",
                List.of());
    }

    @Test
    void depositsThreeInvoicesOneByOneThenSkipsThemTheSecondTime() throws Exception {
        List<String> numbers = List.of(prefix + "1", prefix + "2", prefix + "3");
        loadControl(numbers);
        FluxWizardBot wizard = new FluxWizardBot(workbench).openFromToolbar();
        wizard.tab(1);
        wizard.format("IN_DP_E2_UBL_INVOICE_MIN");
        wizard.name("Depot " + prefix);
        wizard.output(dir.resolve("sortie"));
        wizard.generate(3);
        wizard.toDepositPage();
        wizard.pauseMillis(0);
        assertTrue(workbench.bot().syncExec(wizard.button("deposit.skipDeposited")::getSelection));
        assertFalse(wizard.enabled("deposit.exportCsv"), "nothing to export before a run");

        String first = wizard.deposit();
        assertTrue(first.startsWith("3 déposée(s), 0 en échec, 0 ignorée(s), 0 incertaine(s)"), first);
        List<List<String>> rows = wizard.report();
        assertEquals(numbers, rows.stream().map(r -> r.get(0)).sorted().toList());
        assertEquals(numbers.stream().map(n -> n + ".xml").toList(), rows.stream().map(r -> r.get(1)).sorted().toList());
        List<String> reports = rows.stream().map(r -> r.get(2)).toList();
        assertEquals(3, reports.stream().distinct().count(), "one flux per invoice: " + reports);
        for (String r : reports) {
            assertTrue(r.matches(".*\\d.*") && !r.toLowerCase().contains("échec"), "a flux number: " + r);
        }

        String second = wizard.deposit();
        assertTrue(second.startsWith("0 déposée(s), 0 en échec, 3 ignorée(s), 0 incertaine(s)"), second);
        assertEquals(numbers, wizard.report().stream().map(r -> r.get(0)).sorted().toList());
        assertTrue(wizard.enabled("deposit.exportCsv") && wizard.enabled("deposit.exportPdf"));
        wizard.close();
    }

    private void loadControl(List<String> numbers) throws Exception {
        StringBuilder csv = new StringBuilder(
                "numero_facture;date_facture;siret_client;nom_client;code_service;numero_engagement;numero_marche;montant_ht;montant_tva;montant_ttc\n");
        for (String n : numbers) {
            try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                doc.save(dir.resolve(n + ".pdf").toFile());
            }
            csv.append(n).append(";2026-11-02;").append(RECIPIENT).append(";Commune de Massy;;;ML230171;100;20;120\n");
        }
        Path export = Files.writeString(dir.resolve("export.csv"), csv);
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
}
