// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.parts;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.choral.ui.WidgetKeys;
import org.choral.ui.tracking.internal.i18n.Messages;
import org.choral.ui.tracking.internal.model.Dates;
import org.choral.ui.tracking.internal.model.TrackingRow;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The invoices: one column per fact, sorted by a click on a column title (again: the other way). */
final class TrackingTable {

    /** The columns, in order: title, width, text, sort key. */
    enum Column {
        NUMBER(Messages.Column_number, 120, TrackingRow::number),
        FLUX(Messages.Column_flux, 140, TrackingRow::fluxNumber),
        DEPOSITED(Messages.Column_deposited, 125, r -> Dates.format(r.invoice().depositedAt())),
        STATUS(Messages.Column_status, 220, TrackingRow::status),
        CHANGED(Messages.Column_changed, 125, r -> Dates.format(r.lastChange())),
        ERRORS(Messages.Column_errors, 360, TrackingRow::errors);

        final String title;
        final int width;
        final Function<TrackingRow, String> text;

        Column(String title, int width, Function<TrackingRow, String> text) {
            this.title = title;
            this.width = width;
            this.text = text;
        }
    }

    /** Room for the arrow a sorted column shows beside its title. */
    private static final int SORT_ARROW = 16;

    private final TableViewer viewer;
    private Column sortColumn;
    private boolean ascending = true;

    TrackingTable(Composite parent, String id) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        WidgetKeys.set(viewer.getTable(), id);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (Column c : Column.values()) {
            TableViewerColumn col = new TableViewerColumn(viewer, SWT.LEFT);
            col.getColumn().setText(c.title);
            // never narrower than its title (« Dernier changement » is wider than its dates), sort arrow included
            col.getColumn().pack();
            col.getColumn().setWidth(Math.max(c.width, col.getColumn().getWidth() + SORT_ARROW));
            col.getColumn().setMoveable(true);
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return c.text.apply((TrackingRow) element);
                }
            });
            col.getColumn().addListener(SWT.Selection, e -> sortBy(c));
        }
    }

    Table table() {
        return viewer.getTable();
    }

    TableViewer viewer() {
        return viewer;
    }

    void setRows(List<TrackingRow> rows) {
        List<TrackingRow> before = selection();
        viewer.setInput(rows);
        List<TrackingRow> again = rows.stream()
                .filter(r -> before.stream().anyMatch(b -> b.number().equals(r.number()))).toList();
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(again));
    }

    @SuppressWarnings("unchecked")
    List<TrackingRow> selection() {
        return ((IStructuredSelection) viewer.getSelection()).toList();
    }

    /** A click on a column title: sorts by it, the second click the other way. */
    void sortBy(Column column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        Table table = viewer.getTable();
        TableColumn tc = table.getColumn(column.ordinal());
        table.setSortColumn(tc);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        Comparator<TrackingRow> order = comparator(column);
        Comparator<TrackingRow> directed = ascending ? order : order.reversed();
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return directed.compare((TrackingRow) a, (TrackingRow) b);
            }
        });
    }

    /** Dates sort as dates, text in French alphabetical order. */
    private static Comparator<TrackingRow> comparator(Column column) {
        Comparator<Instant> dates = Comparator.nullsFirst(Comparator.naturalOrder());
        return switch (column) {
            case DEPOSITED -> Comparator.comparing(r -> r.invoice().depositedAt(), dates);
            case CHANGED -> Comparator.comparing(TrackingRow::lastChange, dates);
            default -> {
                Collator collator = Collator.getInstance(Locale.FRANCE);
                yield (a, b) -> collator.compare(column.text.apply(a), column.text.apply(b));
            }
        };
    }
}
