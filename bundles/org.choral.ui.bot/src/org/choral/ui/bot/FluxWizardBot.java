// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.bot;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Page object of the « Flux » wizard ({@code org.choral.ui.deposit}): « Génération du flux », the
 * generated files and « Déposer sur Chorus ». Opened from the « Flux » toolbar button or the
 * « Dépôt » menu, widgets found by id in the wizard's shell, waits on conditions only. Shared by the
 * wizard's own tests and the end-to-end test of the demo.
 */
public final class FluxWizardBot {

    public static final String TOOL_ITEM = "org.choral.ui.deposit.toolitem.flux"; //$NON-NLS-1$
    public static final String MENU_ITEM = "org.choral.ui.deposit.menuitem.flux"; //$NON-NLS-1$
    /** The table of the generated files (name, size, invoices). */
    public static final String FILES = "flux.files"; //$NON-NLS-1$
    /** The deposit's live report (N° Pièce, Fichier, Rapport). */
    public static final String REPORT = "deposit.report"; //$NON-NLS-1$

    private final WorkbenchBot workbench;
    private final Bot bot;
    private Shell shell;

    public FluxWizardBot(WorkbenchBot workbench) {
        this.workbench = workbench;
        this.bot = workbench.bot();
    }

    /** Waits until « Flux » is enabled (a control found compliant invoices), then clicks it. */
    public FluxWizardBot openFromToolbar() {
        bot.waitUntil(Condition.of("Flux enabled", () -> workbench.toolItem(TOOL_ITEM).isEnabled())); //$NON-NLS-1$
        workbench.clickToolItem(TOOL_ITEM);
        shell = bot.shellWithId("flux.shell"); //$NON-NLS-1$
        return this;
    }

    public FluxWizardBot openFromMenu() {
        bot.waitUntil(Condition.of("Flux menu enabled", () -> workbench.menuItem(MENU_ITEM).isEnabled())); //$NON-NLS-1$
        workbench.clickMenu(MENU_ITEM);
        shell = bot.shellWithId("flux.shell"); //$NON-NLS-1$
        return this;
    }

    public Shell shell() {
        return shell;
    }

    /** « Dépôt par lot » (0) or « Dépôt séquentiel » (1), as a click on the tab does. */
    public void tab(int index) {
        TabFolder tabs = bot.widgetWithId(shell, TabFolder.class, "flux.tabs"); //$NON-NLS-1$
        bot.syncRun(() -> {
            tabs.setSelection(index);
            Event e = new Event();
            e.item = tabs.getItem(index);
            tabs.notifyListeners(SWT.Selection, e);
        });
    }

    public int selectedTab() {
        TabFolder tabs = bot.widgetWithId(shell, TabFolder.class, "flux.tabs"); //$NON-NLS-1$
        return bot.syncExec(tabs::getSelectionIndex);
    }

    public List<String> tabTitles() {
        TabFolder tabs = bot.widgetWithId(shell, TabFolder.class, "flux.tabs"); //$NON-NLS-1$
        return bot.syncExec(() -> Arrays.stream(tabs.getItems()).map(i -> i.getText()).toList());
    }

    /** Chooses the format whose entry names this {@code syntaxeFlux}. */
    public void format(String syntax) {
        Combo combo = bot.widgetWithId(shell, Combo.class, "flux.format"); //$NON-NLS-1$
        bot.syncRun(() -> {
            for (int i = 0; i < combo.getItemCount(); i++) {
                if (combo.getItem(i).endsWith(syntax)) {
                    combo.select(i);
                    combo.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            throw new IllegalArgumentException(syntax + " not in " + List.of(combo.getItems())); //$NON-NLS-1$
        });
    }

    /** Chooses the {@code index}-th entry of the combo {@code id}, as the user would. */
    public void select(String id, int index) {
        Combo combo = bot.widgetWithId(shell, Combo.class, id);
        bot.syncRun(() -> {
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    public int selectionIndex(String id) {
        Combo combo = bot.widgetWithId(shell, Combo.class, id);
        return bot.syncExec(combo::getSelectionIndex);
    }

    public List<String> formats() {
        Combo combo = bot.widgetWithId(shell, Combo.class, "flux.format"); //$NON-NLS-1$
        return bot.syncExec(() -> List.of(combo.getItems()));
    }

    public void name(String text) {
        setText("flux.name", text); //$NON-NLS-1$
    }

    public void output(Path folder) {
        setText("flux.out", folder.toString()); //$NON-NLS-1$
    }

    public void supplierFile(Path file) {
        setText("flux.supplierFile", file == null ? "" : file.toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void setText(String id, String value) {
        Text text = bot.widgetWithId(shell, Text.class, id);
        bot.syncRun(() -> text.setText(value));
    }

    public String label(String id) {
        return bot.text(bot.widgetWithId(shell, Label.class, id));
    }

    /** The page's error message (what blocks generation), or {@code null}. */
    public String errorMessage() {
        return bot.syncExec(() -> ((WizardDialog) shell.getData()).getCurrentPage().getErrorMessage());
    }

    public Button button(String id) {
        return bot.widgetWithId(shell, Button.class, id);
    }

    public boolean visible(String id) {
        Button b = button(id);
        return bot.syncExec(b::isVisible);
    }

    public boolean enabled(String id) {
        Button b = button(id);
        return bot.syncExec(b::isEnabled);
    }

    /** « Générer le flux », then waits for the page of generated files to list {@code files} files. */
    public void generate(int files) {
        bot.waitUntil(Condition.of("Générer le flux enabled", () -> button("flux.generate").isEnabled())); //$NON-NLS-1$ //$NON-NLS-2$
        bot.click(button("flux.generate")); //$NON-NLS-1$
        Table table = bot.widgetWithId(shell, Table.class, FILES);
        bot.waitUntil(Condition.of(files + " generated files listed", //$NON-NLS-1$
                () -> table.isVisible() && table.getItemCount() == files));
    }

    /** The generated files as listed: name, size, invoices. */
    public List<List<String>> files() {
        return rows(FILES);
    }

    public List<List<String>> rows(String tableId) {
        return bot.rows(bot.widgetWithId(shell, Table.class, tableId));
    }

    public List<String> headers(String tableId) {
        return bot.headers(bot.widgetWithId(shell, Table.class, tableId));
    }

    public void selectFile(int index) {
        bot.selectRows(bot.widgetWithId(shell, Table.class, FILES), index);
    }

    /** « Précédent », « Suivant », « Fermer »: clicks the wizard button once it is enabled. */
    public void press(String id) {
        bot.waitUntil(Condition.of(id + " enabled", () -> button(id).isEnabled())); //$NON-NLS-1$
        bot.click(button(id));
    }

    /** Waits until the wizard shows the widget with this id (the page holding it is the current one). */
    public void waitForVisible(String id, Class<? extends Control> type) {
        Control c = bot.widgetWithId(shell, type, id);
        bot.waitUntil(Condition.of(id + " visible", c::isVisible)); //$NON-NLS-1$
    }

    /** « Suivant » from the generated files to « Déposer sur Chorus », and waits for its report table. */
    public void toDepositPage() {
        press("flux.next"); //$NON-NLS-1$
        waitForVisible(REPORT, Table.class);
    }

    /** « Attente internet (ms) » on the deposit page. */
    public void pauseMillis(int millis) {
        Spinner wait = bot.widgetWithId(shell, Spinner.class, "deposit.wait"); //$NON-NLS-1$
        bot.syncRun(() -> wait.setSelection(millis));
    }

    /** « Déposer sur Chorus », then waits for the end summary and returns it. */
    public String deposit() {
        Label summary = bot.widgetWithId(shell, Label.class, "deposit.summary"); //$NON-NLS-1$
        bot.syncRun(() -> summary.setText("")); //$NON-NLS-1$
        press("deposit.run"); //$NON-NLS-1$
        bot.waitUntil(Condition.of("deposit summary", () -> !summary.getText().isEmpty()), 2 * Bot.TIMEOUT_MS); //$NON-NLS-1$
        return bot.text(summary);
    }

    /** The deposit's report as shown: N° Pièce, Fichier, Rapport. */
    public List<List<String>> report() {
        return rows(REPORT);
    }

    public void close() {
        press("flux.finish"); //$NON-NLS-1$
        bot.waitUntilClosed(shell);
    }
}
