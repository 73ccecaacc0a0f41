// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.tests;

import java.nio.file.Path;
import java.util.List;

import org.choral.core.api.control.ControlReport;
import org.choral.sources.report.ReportColumn;
import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.control.internal.parts.ControlPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Page object of « Contrôle des factures »: widgets found by id, commands run through the menu
 * « Factures » and the toolbar as a user would, waits on conditions only.
 */
final class ControlViewBot {

    static final String COMPLIANT = "control.compliant";
    static final String ANOMALIES = "control.anomalies";

    private final WorkbenchBot workbench;
    private final Bot bot;

    ControlViewBot(WorkbenchBot workbench) {
        this.workbench = workbench;
        this.bot = workbench.bot();
    }

    /** Brings the part to the front and returns it. */
    ControlPart show() {
        MPart part = workbench.element(ControlPart.ID, MPart.class);
        return bot.syncExec(() -> {
            workbench.window().getContext().get(EPartService.class).showPart(part, PartState.ACTIVATE);
            return (ControlPart) part.getObject();
        });
    }

    ControlPart part() {
        MPart part = workbench.element(ControlPart.ID, MPart.class);
        return bot.syncExec(() -> (ControlPart) part.getObject());
    }

    /** « Factures > Charger les factures… », fills the dialog, « Contrôler », and waits for the run. */
    void load(Path invoices, Path lines, Path pdfFolder) {
        ControlReport before = show().report();
        workbench.clickMenu("org.choral.ui.control.menuitem.load");
        Shell dialog = bot.shellWithId("load.shell");
        setText(dialog, "load.invoices", invoices);
        setText(dialog, "load.lines", lines);
        setText(dialog, "load.pdfFolder", pdfFolder);
        setText(dialog, "load.mapping", null);
        bot.click(bot.widgetWithId(dialog, Button.class, "load.ok"));
        bot.waitUntilClosed(dialog);
        waitForRunAfter(before);
    }

    /**
     * « Factures > Charger les factures… » filled in, « Contrôler » clicked, without waiting for
     * anything: a mapping dialog may open on top of the load dialog.
     */
    Shell startLoad(Path invoices, Path pdfFolder, Path mapping) {
        show();
        workbench.clickMenu("org.choral.ui.control.menuitem.load");
        Shell dialog = bot.shellWithId("load.shell");
        setText(dialog, "load.invoices", invoices);
        setText(dialog, "load.lines", null);
        setText(dialog, "load.pdfFolder", pdfFolder);
        setText(dialog, "load.mapping", mapping);
        bot.click(bot.widgetWithId(dialog, Button.class, "load.ok"));
        return dialog;
    }

    /** The load dialog's mapping field. */
    String mappingField(Shell loadDialog) {
        return bot.text(bot.widgetWithId(loadDialog, Text.class, "load.mapping"));
    }

    /** Waits for the load dialog to close and for the run it started, after {@code before}. */
    void waitForLoad(Shell loadDialog, ControlReport before) {
        bot.waitUntilClosed(loadDialog);
        waitForRunAfter(before);
    }

    private void setText(Shell dialog, String id, Path value) {
        Text text = bot.widgetWithId(dialog, Text.class, id);
        bot.syncRun(() -> text.setText(value == null ? "" : value.toString()));
    }

    /** « Actualiser » on the toolbar, once it is enabled, and waits for the new run. */
    void refresh() {
        ControlReport before = part().report();
        bot.waitUntil(Condition.of("Actualiser enabled",
                () -> workbench.toolItem("org.choral.ui.control.toolitem.refresh").isEnabled()));
        workbench.clickToolItem("org.choral.ui.control.toolitem.refresh");
        waitForRunAfter(before);
    }

    private void waitForRunAfter(ControlReport before) {
        ControlPart part = part();
        bot.waitUntil(Condition.of("a new control report", () -> !part.isRunning() && part.report() != null
                && part.report() != before));
    }

    /** The cells of every row shown in a table, columns in {@link ReportColumn} order. */
    List<List<String>> rows(String tableId) {
        return bot.rows(bot.widgetWithId(Table.class, tableId));
    }

    /** One column of every row shown. */
    List<String> column(String tableId, ReportColumn column) {
        return rows(tableId).stream().map(r -> r.get(column.ordinal())).toList();
    }

    List<String> headers(String tableId) {
        return bot.headers(bot.widgetWithId(Table.class, tableId));
    }

    void filterClient(String client) {
        chooseCombo("control.filter.client", client);
    }

    void filterCode(String code) {
        chooseCombo("control.filter.code", code == null ? null : code + " (");
    }

    /** Chooses the first item starting with {@code prefix} ({@code null}: the « all » item). */
    private void chooseCombo(String id, String prefix) {
        Combo combo = bot.widgetWithId(Combo.class, id);
        bot.syncRun(() -> {
            int index = 0;
            if (prefix != null) {
                index = -1;
                for (int i = 1; i < combo.getItemCount(); i++) {
                    if (combo.getItem(i).startsWith(prefix)) {
                        index = i;
                        break;
                    }
                }
                if (index < 0) {
                    throw new IllegalArgumentException(prefix + " not in " + List.of(combo.getItems()));
                }
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    void filterText(String text) {
        Text field = bot.widgetWithId(Text.class, "control.filter.text");
        bot.syncRun(() -> field.setText(text));
    }

    /** Clicks a column header, as the user sorts. */
    void sortBy(String tableId, ReportColumn column) {
        Table table = bot.widgetWithId(Table.class, tableId);
        bot.syncRun(() -> table.getColumn(column.ordinal()).notifyListeners(SWT.Selection, new Event()));
    }

    /** « Factures > Sélectionner … » with the given menu item id. */
    void select(String menuItemId) {
        bot.waitUntil(Condition.of(menuItemId + " enabled", () -> workbench.menuItem(menuItemId).isEnabled()));
        workbench.clickMenu(menuItemId);
    }

    int selectedCount(String tableId) {
        Table table = bot.widgetWithId(Table.class, tableId);
        return bot.syncExec(table::getSelectionCount);
    }

    /** Selects row {@code index} of a table as a click does. */
    void selectRow(String tableId, int index) {
        bot.selectRows(bot.widgetWithId(Table.class, tableId), index);
    }

    /** Double-clicks the SIRET cell of row {@code index}. */
    void doubleClickSiret(String tableId, int index) {
        Table table = bot.widgetWithId(Table.class, tableId);
        bot.syncRun(() -> {
            table.showItem(table.getItem(index));
            Rectangle cell = table.getItem(index).getBounds(ReportColumn.SIRET.ordinal());
            Event e = new Event();
            e.x = cell.x + cell.width / 2;
            e.y = cell.y + cell.height / 2;
            e.button = 1;
            table.notifyListeners(SWT.MouseDoubleClick, e);
        });
    }

    String label(String id) {
        return bot.text(bot.widgetWithId(Label.class, id));
    }

    void waitUntil(String description, Condition condition) {
        bot.waitUntil(Condition.of(description, condition));
    }
}
