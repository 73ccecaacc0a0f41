// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.WorkbenchBot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Page object of « Génération du flux »: opened from the « Flux » toolbar button, widgets found by
 * id in the wizard's shell, waits on conditions only.
 */
final class FluxWizardBot {

    static final String TOOL_ITEM = "org.choral.ui.deposit.toolitem.flux";
    static final String MENU_ITEM = "org.choral.ui.deposit.menuitem.flux";

    private final WorkbenchBot workbench;
    private final Bot bot;
    private Shell shell;

    FluxWizardBot(WorkbenchBot workbench) {
        this.workbench = workbench;
        this.bot = workbench.bot();
    }

    /** Waits until « Flux » is enabled (a control found compliant invoices), then clicks it. */
    FluxWizardBot openFromToolbar() {
        bot.waitUntil(Condition.of("Flux enabled", () -> workbench.toolItem(TOOL_ITEM).isEnabled()));
        workbench.clickToolItem(TOOL_ITEM);
        shell = bot.shellWithId("flux.shell");
        return this;
    }

    FluxWizardBot openFromMenu() {
        bot.waitUntil(Condition.of("Flux menu enabled", () -> workbench.menuItem(MENU_ITEM).isEnabled()));
        workbench.clickMenu(MENU_ITEM);
        shell = bot.shellWithId("flux.shell");
        return this;
    }

    Shell shell() {
        return shell;
    }

    /** « Dépôt par lot » (0) or « Dépôt séquentiel » (1), as a click on the tab does. */
    void tab(int index) {
        TabFolder tabs = bot.widgetWithId(shell, TabFolder.class, "flux.tabs");
        bot.syncRun(() -> {
            tabs.setSelection(index);
            Event e = new Event();
            e.item = tabs.getItem(index);
            tabs.notifyListeners(SWT.Selection, e);
        });
    }

    int selectedTab() {
        TabFolder tabs = bot.widgetWithId(shell, TabFolder.class, "flux.tabs");
        return bot.syncExec(tabs::getSelectionIndex);
    }

    List<String> tabTitles() {
        TabFolder tabs = bot.widgetWithId(shell, TabFolder.class, "flux.tabs");
        return bot.syncExec(() -> java.util.Arrays.stream(tabs.getItems()).map(i -> i.getText()).toList());
    }

    /** Chooses the format whose entry names this {@code syntaxeFlux}. */
    void format(String syntax) {
        Combo combo = bot.widgetWithId(shell, Combo.class, "flux.format");
        bot.syncRun(() -> {
            for (int i = 0; i < combo.getItemCount(); i++) {
                if (combo.getItem(i).endsWith(syntax)) {
                    combo.select(i);
                    combo.notifyListeners(SWT.Selection, new Event());
                    return;
                }
            }
            throw new IllegalArgumentException(syntax + " not in " + List.of(combo.getItems()));
        });
    }

    List<String> formats() {
        Combo combo = bot.widgetWithId(shell, Combo.class, "flux.format");
        return bot.syncExec(() -> List.of(combo.getItems()));
    }

    /** Chooses the {@code index}-th entry of the combo {@code id}, as the user would. */
    void select(String id, int index) {
        Combo combo = bot.widgetWithId(shell, Combo.class, id);
        bot.syncRun(() -> {
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    int selectionIndex(String id) {
        Combo combo = bot.widgetWithId(shell, Combo.class, id);
        return bot.syncExec(combo::getSelectionIndex);
    }

    void name(String text) {
        setText("flux.name", text);
    }

    void output(Path folder) {
        setText("flux.out", folder.toString());
    }

    void supplierFile(Path file) {
        setText("flux.supplierFile", file == null ? "" : file.toString());
    }

    private void setText(String id, String value) {
        Text text = bot.widgetWithId(shell, Text.class, id);
        bot.syncRun(() -> text.setText(value));
    }

    String label(String id) {
        return bot.text(bot.widgetWithId(shell, Label.class, id));
    }

    /** The page's error message (what blocks generation), or {@code null}. */
    String errorMessage() {
        return bot.syncExec(() -> ((org.eclipse.jface.wizard.WizardDialog) shell.getData()).getCurrentPage().getErrorMessage());
    }

    Button button(String id) {
        return bot.widgetWithId(shell, Button.class, id);
    }

    boolean visible(String id) {
        Button b = button(id);
        return bot.syncExec(b::isVisible);
    }

    boolean enabled(String id) {
        Button b = button(id);
        return bot.syncExec(b::isEnabled);
    }

    /** « Générer le flux », then waits for the page of generated files to list {@code files} files. */
    void generate(int files) {
        bot.waitUntil(Condition.of("Générer le flux enabled", () -> button("flux.generate").isEnabled()));
        bot.click(button("flux.generate"));
        Table table = bot.widgetWithId(shell, Table.class, "flux.files");
        bot.waitUntil(Condition.of(files + " generated files listed",
                () -> table.isVisible() && table.getItemCount() == files));
    }

    /** The generated files as listed: name, size, invoices. */
    List<List<String>> files() {
        return rows("flux.files");
    }

    List<List<String>> rows(String tableId) {
        Table table = bot.widgetWithId(shell, Table.class, tableId);
        return bot.syncExec(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    cells.add(item.getText(c));
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    List<String> headers(String tableId) {
        Table table = bot.widgetWithId(shell, Table.class, tableId);
        return bot.syncExec(() -> java.util.Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
    }

    void selectFile(int index) {
        Table table = bot.widgetWithId(shell, Table.class, "flux.files");
        bot.syncRun(() -> {
            table.setSelection(index);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** « Précédent », « Suivant », « Fermer »: clicks the wizard button once it is enabled. */
    void press(String id) {
        bot.waitUntil(Condition.of(id + " enabled", () -> button(id).isEnabled()));
        bot.click(button(id));
    }

    /** Waits until the wizard shows the widget with this id (the page holding it is the current one). */
    void waitForVisible(String id, Class<? extends org.eclipse.swt.widgets.Control> type) {
        org.eclipse.swt.widgets.Control c = bot.widgetWithId(shell, type, id);
        bot.waitUntil(Condition.of(id + " visible", c::isVisible));
    }

    void close() {
        press("flux.finish");
        bot.waitUntilClosed(shell);
    }
}
