// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.bot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * Page object of « Suivi des dépôts » ({@code org.choral.ui.tracking}) through its widget ids only:
 * the invoice table, the filters, « Actualiser ». The view's own tests extend it with what needs
 * its internals (waiting for one follow-up pass, the history); the end-to-end test of the demo uses
 * it as it is.
 */
public class TrackingViewBot {

    /** Element id of the part. */
    public static final String PART_ID = "org.choral.ui.tracking.part"; //$NON-NLS-1$
    public static final String TABLE = "tracking.table"; //$NON-NLS-1$
    public static final String HISTORY = "tracking.history"; //$NON-NLS-1$
    /** The line saying when the portal was asked, or what went wrong. */
    public static final String PORTAL = "tracking.portal"; //$NON-NLS-1$
    /** Columns of the invoice table. */
    public static final int NUMBER = 0, FLUX = 1, STATUS = 3;

    protected final WorkbenchBot workbench;
    protected final Bot bot;

    public TrackingViewBot(WorkbenchBot workbench) {
        this.workbench = workbench;
        this.bot = workbench.bot();
    }

    public Bot bot() {
        return bot;
    }

    /** Brings the part to the front (as a click on its tab) and returns its object. */
    public Object show() {
        MPart part = workbench.element(PART_ID, MPart.class);
        return bot.syncExec(() -> {
            workbench.window().getContext().get(EPartService.class).showPart(part, PartState.ACTIVATE);
            return part.getObject();
        });
    }

    /** The part's label as the tab shows it (with the badge). */
    public String tabLabel() {
        MPart part = workbench.element(PART_ID, MPart.class);
        return bot.syncExec(part::getLocalizedLabel);
    }

    /** Clicks « Actualiser » without waiting for anything. */
    public void clickRefresh() {
        bot.click(bot.widgetWithId(Button.class, "tracking.refresh")); //$NON-NLS-1$
    }

    /**
     * « Actualiser » until {@code shown} holds: after each click, waits until the portal line no
     * longer says that the portal is being asked (the pass answered), then tests {@code shown} (on
     * this thread: it may use this bot's reading methods).
     */
    public void refreshUntil(String description, BooleanSupplier shown, long timeoutMs) {
        Button refresh = bot.widgetWithId(Button.class, "tracking.refresh"); //$NON-NLS-1$
        Label portal = bot.widgetWithId(Label.class, PORTAL);
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        while (true) {
            // a synchronous click: « Actualiser » opens no dialog, and the line it writes is read at once
            String asking = bot.syncExec(() -> {
                refresh.notifyListeners(SWT.Selection, new Event());
                return portal.getText();
            });
            long left = Math.max(1, (end - System.nanoTime()) / 1_000_000);
            bot.waitUntil(Condition.of("the portal's answer after « Actualiser »", //$NON-NLS-1$
                    () -> !asking.equals(portal.getText())), left);
            if (shown.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new TimeoutException("Timed out after " + timeoutMs + " ms of « Actualiser » waiting for: " //$NON-NLS-1$ //$NON-NLS-2$
                        + description + "; shown: " + rows(TABLE) + " / " + label(PORTAL)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /** The cells of every row shown in a table of the view. */
    public List<List<String>> rows(String tableId) {
        return bot.rows(bot.widgetWithId(Table.class, tableId));
    }

    public List<String> column(String tableId, int column) {
        return rows(tableId).stream().map(r -> r.get(column)).toList();
    }

    public List<String> headers(String tableId) {
        return bot.headers(bot.widgetWithId(Table.class, tableId));
    }

    /** The status shown for one invoice. */
    public String status(String invoiceNumber) {
        return rows(TABLE).stream().filter(r -> r.get(NUMBER).equals(invoiceNumber)).map(r -> r.get(STATUS))
                .findFirst().orElseThrow(() -> new AssertionError(invoiceNumber + " not shown")); //$NON-NLS-1$
    }

    /** The status shown for each invoice, by invoice number, in the table's order. */
    public Map<String, String> statuses() {
        Map<String, String> map = new LinkedHashMap<>();
        rows(TABLE).forEach(r -> map.put(r.get(NUMBER), r.get(STATUS)));
        return map;
    }

    /** Chooses the filter at {@code index} (0 all, 1 to act on, 2 in progress, 3 paid). */
    public void filter(int index) {
        Combo combo = bot.widgetWithId(Combo.class, "tracking.filter"); //$NON-NLS-1$
        bot.syncRun(() -> {
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    public String filterItem(int index) {
        Combo combo = bot.widgetWithId(Combo.class, "tracking.filter"); //$NON-NLS-1$
        return bot.syncExec(() -> combo.getItem(index));
    }

    public void search(String text) {
        Text search = bot.widgetWithId(Text.class, "tracking.search"); //$NON-NLS-1$
        bot.syncRun(() -> search.setText(text));
    }

    /** Clicks the title of a column of the invoice table. */
    public void sortBy(int column) {
        Table table = bot.widgetWithId(Table.class, TABLE);
        bot.syncRun(() -> table.getColumn(column).notifyListeners(SWT.Selection, new Event()));
    }

    public String text(String id) {
        return bot.text(bot.widgetWithId(Text.class, id));
    }

    public String label(String id) {
        return bot.text(bot.widgetWithId(Label.class, id));
    }

    public boolean enabled(String buttonId) {
        Button b = bot.widgetWithId(Button.class, buttonId);
        return bot.syncExec(b::isEnabled);
    }
}
