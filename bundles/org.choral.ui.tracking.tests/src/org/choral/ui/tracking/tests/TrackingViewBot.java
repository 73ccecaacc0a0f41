// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.tracking.TrackingView;
import org.choral.ui.tracking.internal.model.TrackingSnapshot;
import org.choral.ui.tracking.internal.parts.TrackingPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Page object of « Suivi des dépôts »: widgets found by id, buttons clicked as a user would, waits
 * on conditions only (a follow-up pass is awaited through the snapshot the view shows).
 */
final class TrackingViewBot {

    static final String TABLE = "tracking.table";
    static final String HISTORY = "tracking.history";
    /** Column of the « Statut » in the invoice table. */
    static final int STATUS = 3;

    private final WorkbenchBot workbench;
    private final Bot bot;

    TrackingViewBot(WorkbenchBot workbench) {
        this.workbench = workbench;
        this.bot = workbench.bot();
    }

    Bot bot() {
        return bot;
    }

    /** Points the view and the follow-up at {@code folder} and waits for the pass that reads it. */
    void useDataFolder(Path folder) {
        TrackingPart part = show();
        TrackingSnapshot before = bot.syncExec(part::snapshot);
        bot.syncRun(() -> workbench.application().getContext().set(TrackingView.DATA_FOLDER, folder));
        waitForPassAfter(before);
    }

    void fileChooser(Function<String, Path> chooser) {
        bot.syncRun(() -> workbench.application().getContext().set(TrackingView.FILE_CHOOSER, chooser));
    }

    /** Brings the part to the front and returns it. */
    TrackingPart show() {
        MPart part = workbench.element(TrackingView.PART_ID, MPart.class);
        return bot.syncExec(() -> {
            workbench.window().getContext().get(EPartService.class).showPart(part, PartState.ACTIVATE);
            return (TrackingPart) part.getObject();
        });
    }

    TrackingPart part() {
        MPart part = workbench.element(TrackingView.PART_ID, MPart.class);
        return bot.syncExec(() -> (TrackingPart) part.getObject());
    }

    /** The part's label as the tab shows it (with the badge). */
    String tabLabel() {
        MPart part = workbench.element(TrackingView.PART_ID, MPart.class);
        return bot.syncExec(part::getLocalizedLabel);
    }

    /** « Actualiser », then waits for the pass it started. */
    void refresh() {
        TrackingPart part = part();
        TrackingSnapshot before = bot.syncExec(part::snapshot);
        bot.click(bot.widgetWithId(Button.class, "tracking.refresh"));
        waitForPassAfter(before);
    }

    private void waitForPassAfter(TrackingSnapshot before) {
        TrackingPart part = part();
        bot.waitUntil(Condition.of("a follow-up pass shown", () -> part.snapshot() != null && part.snapshot() != before));
    }

    /** The cells of every row shown in a table. */
    List<List<String>> rows(String tableId) {
        Table table = bot.widgetWithId(Table.class, tableId);
        return bot.syncExec(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < table.getItemCount(); i++) {
                TableItem item = table.getItem(i);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    cells.add(item.getText(c));
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    List<String> column(String tableId, int column) {
        return rows(tableId).stream().map(r -> r.get(column)).toList();
    }

    List<String> headers(String tableId) {
        Table table = bot.widgetWithId(Table.class, tableId);
        return bot.syncExec(() -> java.util.Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
    }

    /** The status shown for one invoice. */
    String status(String invoiceNumber) {
        return rows(TABLE).stream().filter(r -> r.get(0).equals(invoiceNumber)).map(r -> r.get(STATUS)).findFirst()
                .orElseThrow(() -> new AssertionError(invoiceNumber + " not shown"));
    }

    /** Chooses the filter at {@code index} (0 all, 1 to act on, 2 in progress, 3 paid). */
    void filter(int index) {
        Combo combo = bot.widgetWithId(Combo.class, "tracking.filter");
        bot.syncRun(() -> {
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    String filterItem(int index) {
        Combo combo = bot.widgetWithId(Combo.class, "tracking.filter");
        return bot.syncExec(() -> combo.getItem(index));
    }

    void search(String text) {
        Text search = bot.widgetWithId(Text.class, "tracking.search");
        bot.syncRun(() -> search.setText(text));
    }

    /** Clicks the title of a column of the invoice table. */
    void sortBy(int column) {
        Table table = bot.widgetWithId(Table.class, TABLE);
        bot.syncRun(() -> table.getColumn(column).notifyListeners(SWT.Selection, new Event()));
    }

    /** Selects an invoice and waits until its history is shown. */
    void openHistory(String invoiceNumber) {
        TrackingPart part = part();
        bot.syncRun(() -> part.select(invoiceNumber));
        Label title = bot.widgetWithId(Label.class, "tracking.details.title");
        Table history = bot.widgetWithId(Table.class, HISTORY);
        bot.waitUntil(Condition.of("history of " + invoiceNumber,
                () -> title.getText().contains(invoiceNumber) && history.getItemCount() > 0));
    }

    String text(String id) {
        return bot.text(bot.widgetWithId(Text.class, id));
    }

    String label(String id) {
        return bot.text(bot.widgetWithId(Label.class, id));
    }

    boolean enabled(String buttonId) {
        Button b = bot.widgetWithId(Button.class, buttonId);
        return bot.syncExec(b::isEnabled);
    }

    /**
     * Selects an invoice, clicks « Exporter la preuve… », answers the save dialog with {@code zip} and
     * waits until the view says where the proof went.
     */
    void exportProof(String invoiceNumber, Path zip) {
        openHistory(invoiceNumber);
        bot.syncRun(() -> workbench.application().getContext().set(TrackingView.PROOF_CHOOSER,
                (Function<String, Path>) name -> zip));
        Button button = bot.widgetWithId(Button.class, "tracking.proof");
        bot.waitUntil(Condition.of("« Exporter la preuve… » enabled", () -> button.isEnabled()));
        bot.click(button);
        Label portal = bot.widgetWithId(Label.class, "tracking.portal");
        bot.waitUntil(Condition.of("the proof of " + invoiceNumber + " saved", () -> portal.getText().contains(zip.toString())));
    }

    /** Clicks « Renvoyer… » and returns the confirmation dialog. */
    Shell askResend() {
        bot.click(bot.widgetWithId(Button.class, "tracking.resend"));
        return bot.shellWithId("tracking.resend.shell");
    }

    void answer(Shell dialog, boolean resend) {
        bot.click(bot.widgetWithId(dialog, Button.class, resend ? "tracking.resend.ok" : "tracking.resend.cancel"));
        bot.waitUntilClosed(dialog);
    }
}
