// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.choral.sources.report.ReportColumn;
import org.choral.sources.report.ReportRow;
import org.choral.ui.WidgetKeys;
import org.choral.ui.control.internal.model.RowFilter;
import org.choral.ui.control.internal.model.RowList;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * One of the two lists: a virtual JFace table (only the rows on screen are ever built, so 10,000
 * invoices show at once) over a {@link RowList} that filters and sorts; a click on a header sorts
 * on that column, a second click reverses it; a double-click on a SIRET cell is handed to a
 * listener.
 */
public final class ResultTable {

    /** How a flag that is set shows. */
    public static final String CHECK = "\u2713"; //$NON-NLS-1$
    private static final int[] WIDTHS = { 90, 300, 110, 110, 100, 42, 42, 42, 48, 42, 46, 120, 260 };

    private final TableViewer viewer;
    private final Table table;
    private RowList rows = RowList.empty();
    private RowFilter filter = RowFilter.NONE;
    private Consumer<String> siretListener = s -> { };

    public ResultTable(Composite parent, String id) {
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table = WidgetKeys.set(viewer.getTable(), id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        viewer.setContentProvider(new LazyRows());
        ColumnViewerToolTipSupport.enableFor(viewer);
        for (ReportColumn column : ReportColumn.values()) {
            addColumn(column);
        }
        viewer.setInput(rows);
        table.addListener(SWT.MouseDoubleClick, this::doubleClicked);
    }

    private void addColumn(ReportColumn column) {
        TableViewerColumn c = new TableViewerColumn(viewer, column.isFlag() ? SWT.CENTER : SWT.LEFT);
        TableColumn tc = c.getColumn();
        tc.setText(column.title());
        tc.setWidth(WIDTHS[column.ordinal()]);
        tc.setMoveable(true);
        tc.setData(column);
        WidgetKeys.set(tc, column.name());
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return column.text((ReportRow) element, CHECK);
            }

            /** The whole text of a cell too narrow for it: an anomaly's message, a PDF's path. */
            @Override
            public String getToolTipText(Object element) {
                String text = column.isFlag() ? "" : getText(element); //$NON-NLS-1$
                return text == null || text.isEmpty() ? null : text;
            }
        });
        tc.addListener(SWT.Selection, e -> sortBy(column));
    }

    public Table table() {
        return table;
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** Shows {@code all} under the current filter and sort. */
    public void setRows(List<ReportRow> all) {
        RowList next = new RowList(all);
        next.setFilter(filter);
        next.setSort(rows.sortColumn(), rows.ascending());
        rows = next;
        viewer.setInput(rows);
        showRows();
    }

    public void setFilter(RowFilter newFilter) {
        filter = newFilter;
        rows.setFilter(newFilter);
        showRows();
    }

    /** Sorts on {@code column}; the same column again reverses the order. */
    public void sortBy(ReportColumn column) {
        boolean up = column != rows.sortColumn() || !rows.ascending();
        rows.setSort(column, up);
        table.setSortColumn(table.getColumn(column.ordinal()));
        table.setSortDirection(up ? SWT.UP : SWT.DOWN);
        showRows();
    }

    private void showRows() {
        table.deselectAll();
        viewer.setItemCount(rows.size());
        viewer.refresh();
        table.notifyListeners(SWT.Selection, new Event());
    }

    public RowList rows() {
        return rows;
    }

    /** The rows the user selected, in the order shown. */
    public List<ReportRow> selection() {
        List<ReportRow> selected = new ArrayList<>();
        for (int i : table.getSelectionIndices()) {
            selected.add(rows.get(i));
        }
        return selected;
    }

    /** Selects the rows shown at these indices (and only those). */
    public void select(int[] indices) {
        table.deselectAll();
        table.select(indices);
        table.notifyListeners(SWT.Selection, new Event());
    }

    public void onSiretDoubleClick(Consumer<String> listener) {
        siretListener = listener;
    }

    private void doubleClicked(Event e) {
        Point at = new Point(e.x, e.y);
        TableItem item = table.getItem(at);
        if (item == null) {
            return;
        }
        if (item.getBounds(ReportColumn.SIRET.ordinal()).contains(at)) {
            String siret = rows.get(table.indexOf(item)).result().siret();
            if (siret != null && !siret.isBlank()) {
                siretListener.accept(siret);
            }
        }
    }

    /** Gives the virtual table the row it asks for, never more. */
    private final class LazyRows implements ILazyContentProvider {

        @Override
        public void updateElement(int index) {
            if (index < rows.size()) {
                viewer.replace(rows.get(index), index);
            }
        }

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            // the rows are read from the field at each request
        }
    }
}
