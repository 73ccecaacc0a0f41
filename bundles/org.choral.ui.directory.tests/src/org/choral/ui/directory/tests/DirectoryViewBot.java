// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.directory.DirectoryServices;
import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.TimeoutException;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.directory.DirectoryFileChooser;
import org.choral.ui.directory.DirectoryView;
import org.choral.ui.directory.internal.Background;
import org.choral.ui.directory.internal.jobs.ImportJob;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Page object of « Annuaire Chorus Pro », its menu, its toolbar items and the import's dialogs. */
final class DirectoryViewBot {

    private final WorkbenchBot workbench;
    private final Bot bot;

    DirectoryViewBot(WorkbenchBot workbench) {
        this.workbench = workbench;
        this.bot = workbench.bot();
    }

    Bot bot() {
        return bot;
    }

    /** Points the workbench at a data folder of the test's own (never the user's). */
    void useDataFolder(Path folder) {
        bot.syncRun(() -> workbench.application().getContext().set(DirectoryView.DATA_FOLDER, folder));
    }

    /** The clock the view tells the directory's age with. */
    void useClock(Clock clock) {
        bot.syncRun(() -> workbench.application().getContext().set(DirectoryView.CLOCK, clock));
    }

    /**
     * Waits until the status bar's progress area shows « Importer l'annuaire » past {@code percent},
     * then clicks its « Annuler ».
     */
    void cancelImportFromStatusBar(int percent) {
        Label label = bot.widgetWithId(Label.class, "progress.label");
        ProgressBar bar = bot.widgetWithId(ProgressBar.class, "progress.bar");
        bot.waitUntil(Condition.of("import reading, past " + percent + " %",
                () -> label.getText().startsWith("Import de l’annuaire") && bar.getSelection() >= percent));
        bot.click(bot.widgetWithId(Button.class, "progress.cancel"));
    }

    /** The result of the next « Importer l'annuaire… » job to end. */
    static CompletableFuture<IStatus> nextImportResult() {
        CompletableFuture<IStatus> result = new CompletableFuture<>();
        IJobChangeListener listener = new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getJob().belongsTo(ImportJob.FAMILY)) {
                    Job.getJobManager().removeJobChangeListener(this);
                    result.complete(event.getResult());
                }
            }
        };
        Job.getJobManager().addJobChangeListener(listener);
        return result;
    }

    /**
     * Closes the store of a test's data folder once the workbench is closed, so that the test can
     * delete the folder: H2 would otherwise keep its lock file there (and write it again).
     */
    static void release(Path folder) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(DirectoryViewBot.class).getBundleContext();
        ServiceReference<DirectoryServices> ref = context.getServiceReference(DirectoryServices.class);
        if (ref == null) {
            return;
        }
        try {
            if (context.getService(ref).open(folder) instanceof AutoCloseable store) {
                store.close();
            }
        } finally {
            context.ungetService(ref);
        }
    }

    /** « Annuaire › Importer l'annuaire… », the files given in place of the native file dialog. */
    void importFiles(List<Path> files) {
        DirectoryFileChooser chooser = shell -> files;
        bot.syncRun(() -> workbench.application().getContext().set(DirectoryView.FILE_CHOOSER, chooser));
        workbench.clickMenu("org.choral.ui.directory.menuitem.import");
    }

    ChangeSummaryBot summary() {
        return new ChangeSummaryBot(bot);
    }

    /** The error shown for a refused import. */
    String importError() {
        Label message = bot.widgetWithId(bot.shellWithId("directory.importError.shell"), Label.class,
                "importError.message");
        String text = bot.text(message);
        bot.click(bot.widgetWithId(Button.class, "importError.close"));
        return text;
    }

    boolean isActive() {
        return bot.syncExec(() -> {
            MPart part = workbench.element(DirectoryView.PART_ID, MPart.class);
            return part.getObject() != null && part.getParent().getSelectedElement() == part;
        });
    }

    /** « Annuaire › Afficher l'annuaire ». */
    void open() {
        workbench.clickMenu("org.choral.ui.directory.menuitem.show");
        bot.waitUntil(Condition.of("directory view shown", this::isActive));
    }

    /** Types in the view's « N° SIRET » field (each keystroke would do the same). */
    void typeSearch(String text) {
        Text field = bot.widgetWithId(Text.class, "directory.search");
        bot.syncRun(() -> field.setText(text));
    }

    /** Types in the toolbar's « N° SIRET » field, then clicks « Rechercher ». */
    void searchFromToolbar(String text) {
        Text field = bot.widgetWithId(Text.class, "toolbar.siret");
        bot.syncRun(() -> field.setText(text));
        workbench.clickToolItem("org.choral.ui.directory.toolitem.search");
    }

    /** Toolbar « Uniquement services actifs », as a click toggles a check tool item. */
    void toggleActiveOnlyInToolbar() {
        org.eclipse.swt.widgets.ToolItem item = workbench.toolItem("org.choral.ui.directory.toolitem.activeOnly");
        bot.asyncRun(() -> {
            item.setSelection(!item.getSelection());
            item.notifyListeners(SWT.Selection, new Event());
        });
    }

    boolean toolbarActiveOnly() {
        org.eclipse.swt.widgets.ToolItem item = workbench.toolItem("org.choral.ui.directory.toolitem.activeOnly");
        return bot.syncExec(item::getSelection);
    }

    /** The view's « Uniquement services actifs » check box. */
    void toggleActiveOnly() {
        bot.click(bot.widgetWithId(Button.class, "directory.services.activeOnly"));
    }

    boolean activeOnly() {
        Button b = bot.widgetWithId(Button.class, "directory.services.activeOnly");
        return bot.syncExec(b::getSelection);
    }

    void filterServices(String text) {
        Text field = bot.widgetWithId(Text.class, "directory.services.filter");
        bot.syncRun(() -> field.setText(text));
    }

    /** Waits until the card shows the structure of this name. */
    void waitForCard(String name) {
        Label label = bot.widgetWithId(Label.class, "directory.card.name");
        bot.waitUntil(Condition.of("card of " + name, () -> name.equals(label.getText())));
    }

    /** Waits until the message under the field says {@code text}. */
    void waitForMessage(String text) {
        Label label = bot.widgetWithId(Label.class, "directory.message");
        bot.waitUntil(Condition.of("message " + text, () -> text.equals(label.getText())));
    }

    /** Waits until the status line of the view starts with {@code prefix}. */
    String waitForStatus(String prefix) {
        return waitForStatus("status " + prefix, t -> t.startsWith(prefix));
    }

    String waitForStatusContaining(String part) {
        return waitForStatus("status with " + part, t -> t.contains(part));
    }

    private String waitForStatus(String description, java.util.function.Predicate<String> shown) {
        Label label = bot.widgetWithId(Label.class, "directory.status");
        try {
            bot.waitUntil(Condition.of(description, () -> shown.test(label.getText())));
        } catch (TimeoutException e) {
            throw new TimeoutException(e.getMessage() + ", status shows: " + bot.text(label));
        }
        return bot.text(label);
    }


    String text(String labelId) {
        return bot.text(bot.widgetWithId(Label.class, labelId));
    }

    /** « Oui » or « Non » shown for a flag: StA, StGE, StGS or StGSE. */
    String flag(String code) {
        return text("directory.flag." + code);
    }

    String flagMeaning(String code) {
        return text("directory.flag." + code + ".meaning");
    }

    List<List<String>> results() {
        return rows("directory.results");
    }

    /** The services table as shown: code, name, active, engagement required. */
    List<List<String>> services() {
        return rows("directory.services");
    }

    private List<List<String>> rows(String id) {
        Table table = bot.widgetWithId(Table.class, id);
        return bot.syncExec(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    row.add(item.getText(c));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    /** Waits until the view's background reads are done. */
    void waitForReads() throws InterruptedException {
        Job.getJobManager().join(Background.FAMILY, null);
    }

    /** The view's « Vérifier en ligne » (id directory.checkOnline) or « Mettre à jour » (directory.update). */
    Button button(String id) {
        return bot.widgetWithId(Button.class, id);
    }

    boolean enabled(String id) {
        Button b = button(id);
        return bot.syncExec(b::isEnabled);
    }

    String tooltip(String id) {
        Button b = button(id);
        return bot.syncExec(b::getToolTipText);
    }

    /** Waits until the portal's availability was looked up and the button says so. */
    void waitForButton(String id, boolean enabled) {
        bot.waitUntil(Condition.of(id + (enabled ? " enabled" : " disabled"), () -> {
            Button b = button(id);
            return b.isEnabled() == enabled && b.getToolTipText() != null
                    && !b.getToolTipText().startsWith("Recherche des réglages");
        }));
    }

    /** « Vérifier en ligne », then waits for its verdict (anything but the progress line). */
    String checkOnline() {
        waitForButton("directory.checkOnline", true);
        bot.click(button("directory.checkOnline"));
        Label verdict = bot.widgetWithId(Label.class, "directory.online.verdict");
        bot.waitUntil(Condition.of("online verdict", () -> !verdict.getText().isEmpty()
                && !verdict.getText().startsWith("Vérification du SIRET")));
        return bot.text(verdict);
    }

    /** « Annuaire › Mettre à jour depuis le portail ». */
    void updateFromMenu() {
        workbench.clickMenu("org.choral.ui.directory.menuitem.update");
    }

    /** Page object of the change summary shown after an import. */
    static final class ChangeSummaryBot {

        private final Bot bot;
        private final org.eclipse.swt.widgets.Shell shell;

        ChangeSummaryBot(Bot bot) {
            this.bot = bot;
            this.shell = bot.shellWithId("directory.summary.shell");
        }

        String title() {
            return bot.text(shell);
        }

        String text(String id) {
            return bot.text(bot.widgetWithId(shell, Label.class, id));
        }

        int count(String id) {
            return Integer.parseInt(text(id).replaceAll("[^0-9]", ""));
        }

        void close() {
            bot.click(bot.widgetWithId(shell, Button.class, "summary.close"));
            bot.waitUntilClosed(shell);
        }
    }
}
