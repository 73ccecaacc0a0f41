// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.demo.tests;

import static org.choral.ui.bot.TrackingViewBot.FLUX;
import static org.choral.ui.bot.TrackingViewBot.HISTORY;
import static org.choral.ui.bot.TrackingViewBot.NUMBER;
import static org.choral.ui.bot.TrackingViewBot.PORTAL;
import static org.choral.ui.bot.TrackingViewBot.TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.choral.core.api.DataFolders;
import org.choral.emulator.Emulator;
import org.choral.settings.api.ChorusEnvironment;
import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.FluxWizardBot;
import org.choral.ui.bot.TrackingViewBot;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.emulator.internal.EmulatorAddon;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBar;
import org.eclipse.e4.ui.model.application.ui.menu.MToolBarSeparator;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole path on the demo, in the real workbench started as {@code ./run.sh} starts it on an
 * empty data folder ({@code CHORAL_DEMO=1}, the data folder set by this module's pom): the demo is
 * prepared and « Contrôle des factures » shows the compliant invoices and one anomaly of each kind;
 * six compliant invoices are selected, the « Flux » wizard generates them one file each and
 * deposits them on the workbench's own emulator (« Émulateur local », as the demo sets it); the
 * report shows one flux number per invoice and the summary six deposited. « Suivi des dépôts » lists
 * them, and « Actualiser » moves their statuses: first to the portal's own as soon as the emulator
 * has integrated the fluxes (two seconds at the demo's speed), then, two virtual hours later, to
 * « Mise à disposition » or beyond. Those two hours are skipped on the emulator's virtual clock (at
 * the demo's speed they are two real minutes): waits are on what the view shows, never on time.
 * A picture of the tracking view is left in {@code target/screenshots/}.
 */
class DemoWholePathTest {

    /** What the control view shows for the demo's export. */
    private static final int COMPLIANT = 11, ANOMALY_KINDS = 13;
    private static final int CHOSEN = 6;
    /** The portal's first statuses of an invoice, once its flux is integrated. */
    private static final Set<String> PORTAL_FIRST = Set.of("Déposée", "En cours d'acheminement");
    /** Two virtual hours after integration and later. */
    private static final Set<String> LATER = Set.of("Mise à disposition", "Service fait", "Mandatée",
            "Mise en paiement", "Rejetée", "Suspendue", "À recycler");
    private static final long REFRESH_TIMEOUT_MS = 60_000;

    private WorkbenchBot workbench;
    private Path data;

    @BeforeEach
    void firstStart() throws Exception {
        data = DataFolders.defaultFolder();
        emptyDataFolder(data);
        // the workbench's own settings as on a first start: the demo writes them (settings, the control
        // view's files, the wizard's memory)
        for (String node : List.of("org.choral.settings", "org.choral.ui.control", "org.choral.ui.deposit")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(node);
            prefs.clear();
            prefs.flush();
        }
        // « Émulateur local » on a free port, so that a Choral running on this machine is never in the way
        try (ServerSocket free = new ServerSocket(0)) {
            System.setProperty(ChorusEnvironment.EMULATOR_PORT_PROPERTY, Integer.toString(free.getLocalPort()));
        }
        WorkbenchBot.clearPersistedLayout();
        workbench = WorkbenchBot.start();
    }

    /** Empties the data folder the pom set (never anything outside {@code target/}), but for the running workbench's area. */
    /**
     * The reference tool's buttons in its order (Afficher, Sélectionner, Flux, Uniquement services
     * actifs, Rechercher, Actualiser, Paramétrage, Aide; our « Charger » first, the SIRET field before
     * « Rechercher »), each bundle's at its anchor, and « Aide » inside the 1,200-pixel window.
     */
    private void mainToolbarFollowsTheReferenceToolAndFitsTheWindow(Bot bot) {
        MToolBar toolbar = workbench.element("org.choral.ui.toolbar.main", MToolBar.class); //$NON-NLS-1$
        List<String> ids = bot.syncExec(() -> toolbar.getChildren().stream()
                .filter(e -> e.isVisible() && e.isToBeRendered() && !(e instanceof MToolBarSeparator))
                .map(MUIElement::getElementId).toList());
        assertEquals(List.of("org.choral.ui.control.toolitem.load", "org.choral.ui.control.toolitem.show", //$NON-NLS-1$ //$NON-NLS-2$
                "org.choral.ui.control.toolitem.select", "org.choral.ui.deposit.toolitem.flux", //$NON-NLS-1$ //$NON-NLS-2$
                "org.choral.ui.directory.toolitem.activeOnly", "org.choral.ui.directory.toolcontrol.siret", //$NON-NLS-1$ //$NON-NLS-2$
                "org.choral.ui.directory.toolitem.search", "org.choral.ui.control.toolitem.refresh", //$NON-NLS-1$ //$NON-NLS-2$
                "org.choral.ui.settings.toolitem.open", "org.choral.ui.toolitem.help"), ids); //$NON-NLS-1$ //$NON-NLS-2$
        ToolItem help = workbench.toolItem("org.choral.ui.toolitem.help"); //$NON-NLS-1$
        bot.waitUntil(Condition.of("« Aide » inside the window", () -> { //$NON-NLS-1$
            Rectangle item = help.getBounds();
            int right = help.getParent().toDisplay(item.x + item.width, 0).x;
            Shell shell = help.getParent().getShell();
            return item.width > 0 && right <= shell.toDisplay(shell.getClientArea().width, 0).x;
        }));
    }

    private static void emptyDataFolder(Path data) throws IOException {
        assertTrue(data.toString().contains(File.separator + "target" + File.separator), //$NON-NLS-1$
                "CHORAL_DATA must point into the build's target folder: " + data); //$NON-NLS-1$
        if (!Files.isDirectory(data)) {
            return;
        }
        try (Stream<Path> children = Files.list(data)) {
            for (Path child : children.filter(c -> !c.getFileName().toString().equals("workbench")).toList()) { //$NON-NLS-1$
                try (Stream<Path> all = Files.walk(child)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    @AfterEach
    void tearDown() {
        try {
            if (workbench != null && workbench.isRunning()) {
                workbench.close();
            }
        } finally {
            System.clearProperty(ChorusEnvironment.EMULATOR_PORT_PROPERTY);
        }
    }

    @Test
    void controlWizardGenerateDepositThenTheTrackingViewShowsTheStatusesMoving() throws Exception {
        Bot bot = workbench.bot();
        mainToolbarFollowsTheReferenceToolAndFitsTheWindow(bot);

        // « Contrôle des factures » on the demo's export
        // the demo opens the view once it is prepared (a job: longer on a loaded machine)
        Table compliant = bot.widgetWithId(Table.class, "control.compliant", 90_000); //$NON-NLS-1$
        Table anomalies = bot.widgetWithId(Table.class, "control.anomalies"); //$NON-NLS-1$
        try {
            bot.waitUntil(Condition.of("both lists of the control view filled", //$NON-NLS-1$
                    () -> compliant.getItemCount() > 0 && anomalies.getItemCount() > 0), 90_000);
        } catch (RuntimeException e) {
            // say what the view shows instead (its messages name the file and the problem)
            throw new AssertionError(bot.text(bot.widgetWithId(Label.class, "control.info")) + " | " //$NON-NLS-1$ //$NON-NLS-2$
                    + bot.text(bot.widgetWithId(Label.class, "control.message")), e); //$NON-NLS-1$
        }
        assertTrue(Files.isRegularFile(data.resolve("demonstration/demonstration.properties")), data.toString()); //$NON-NLS-1$
        List<String> numbers = bot.rows(compliant).stream().map(r -> r.get(0)).toList();
        assertEquals(COMPLIANT, numbers.size(), numbers.toString());
        List<List<String>> anomalyRows = bot.rows(anomalies);
        assertTrue(anomalyRows.size() >= ANOMALY_KINDS, anomalyRows.toString());
        assertTrue(anomalyRows.stream().allMatch(r -> !r.get(1).isBlank()), "each anomaly says what is wrong"); //$NON-NLS-1$
        // « Accueil » carries the demonstration's guide, with the sample's own figures
        String note = bot.text(bot.widgetWithId(Label.class, "welcome.note.org.choral.ui.demo")); //$NON-NLS-1$
        assertTrue(note.contains("25") && note.contains("choral demo --reset"), note); //$NON-NLS-1$ //$NON-NLS-2$

        // six of them, one file each, deposited on the workbench's emulator
        bot.selectRows(compliant, 0, 1, 2, 3, 4, 5);
        List<String> chosen = numbers.subList(0, CHOSEN);
        FluxWizardBot wizard = new FluxWizardBot(workbench).openFromToolbar();
        wizard.tab(1);
        wizard.name("Démonstration de bout en bout"); //$NON-NLS-1$
        wizard.output(data.resolve("flux-generes")); //$NON-NLS-1$
        wizard.generate(CHOSEN);
        wizard.toDepositPage();
        String summary = wizard.deposit();
        assertTrue(summary.startsWith(CHOSEN + " déposée(s), 0 en échec, 0 ignorée(s), 0 incertaine(s)"), summary); //$NON-NLS-1$
        List<List<String>> report = wizard.report();
        assertEquals(Set.copyOf(chosen), Set.copyOf(report.stream().map(r -> r.get(0)).toList()));
        Map<String, String> fluxOf = new java.util.HashMap<>();
        report.forEach(r -> fluxOf.put(r.get(0), r.get(2)));
        assertTrue(fluxOf.values().stream().allMatch(f -> f.matches("[A-Z]+\\d+")), "flux numbers: " + fluxOf); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(CHOSEN, Set.copyOf(fluxOf.values()).size(), "one flux per invoice: " + fluxOf); //$NON-NLS-1$
        wizard.close();

        // « Suivi des dépôts » lists them with their flux numbers
        TrackingViewBot view = new TrackingViewBot(workbench);
        view.show();
        Table tracked = bot.widgetWithId(Table.class, TABLE);
        bot.waitUntil(Condition.of("the deposited invoices listed", () -> tracked.getItemCount() == CHOSEN)); //$NON-NLS-1$
        assertEquals(Set.copyOf(chosen), view.statuses().keySet());
        view.rows(TABLE).forEach(r -> assertEquals(fluxOf.get(r.get(NUMBER)), r.get(FLUX), r.toString()));
        assertTrue(view.statuses().values().stream().allMatch(s -> s.startsWith("Déposée")), view.statuses().toString()); //$NON-NLS-1$

        // « Actualiser »: the emulator integrates each flux two seconds after its deposit
        view.refreshUntil("every invoice listed by the portal", //$NON-NLS-1$
                () -> shownAll(view, PORTAL_FIRST), REFRESH_TIMEOUT_MS);
        assertTrue(view.label(PORTAL).startsWith("Portail interrogé le"), view.label(PORTAL)); //$NON-NLS-1$

        // two hours later on the portal (two minutes at the demo's speed, skipped on its clock)
        Emulator emulator = emulator();
        assertEquals(60.0, emulator.clock().speed(), "the demo's emulator profile"); //$NON-NLS-1$
        emulator.clock().advance(Duration.ofHours(2));
        view.refreshUntil("every invoice made available, or further", //$NON-NLS-1$
                () -> shownAll(view, LATER), REFRESH_TIMEOUT_MS);
        long toAct = view.statuses().values().stream().filter(Set.of("Rejetée", "Suspendue", "À recycler")::contains) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .count();
        assertEquals(toAct == 0 ? "Suivi des dépôts" : "Suivi des dépôts (" + toAct + ")", view.tabLabel()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        // the history of one invoice: sent, deposited, then each status the portal gave it
        bot.selectRows(tracked, 0);
        String number = view.rows(TABLE).get(0).get(NUMBER);
        Table history = bot.widgetWithId(Table.class, HISTORY);
        bot.waitUntil(Condition.of("the history of " + number, () -> history.getItemCount() > 0)); //$NON-NLS-1$
        List<List<String>> events = bot.rows(history);
        assertEquals(List.of("Envoi", "Déposée"), events.stream().limit(2).map(e -> e.get(1)).toList(), events.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> details = events.stream().map(e -> e.get(3)).toList();
        assertTrue(details.contains("Déposée") && details.contains(view.statuses().get(number)), details.toString()); //$NON-NLS-1$

        bot.capture(workbench.shell(), Path.of("target", "screenshots", "demo-tracking-view.png")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Whether every deposited invoice is shown, each with one of {@code statuses}. */
    private static boolean shownAll(TrackingViewBot view, Set<String> statuses) {
        Map<String, String> shown = view.statuses();
        return shown.size() == CHOSEN && statuses.containsAll(shown.values());
    }

    /** The emulator the workbench runs for « Émulateur local ». */
    private Emulator emulator() {
        return workbench.bot().syncExec(() -> {
            for (MAddon addon : workbench.application().getAddons()) {
                if (addon.getObject() instanceof EmulatorAddon a && a.running().isPresent()) {
                    return a.running().get();
                }
            }
            throw new AssertionError("the workbench runs no emulator"); //$NON-NLS-1$
        });
    }
}
