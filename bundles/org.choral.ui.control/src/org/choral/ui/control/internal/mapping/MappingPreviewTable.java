// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.mapping;

import java.util.List;
import java.util.Map;

import org.choral.sources.api.ColumnMappings;
import org.choral.ui.WidgetKeys;
import org.choral.ui.control.internal.i18n.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The first rows of the export as they will be read with the mapping being edited: the line, each
 * mapped column's value, and what the reader says of the row (an unparseable date or amount shows
 * a column mapped to the wrong header before the whole export is checked).
 */
final class MappingPreviewTable {

    private final ColumnMappings.Sample sample;
    private final Table table;

    MappingPreviewTable(Composite parent, ColumnMappings.Sample sample) {
        this.sample = sample;
        this.table = WidgetKeys.set(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), "mapping.preview"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
    }

    Table table() {
        return table;
    }

    /** Rebuilds the table for {@code mapping} (canonical → header). */
    void show(Map<String, String> mapping) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            List<String> shown = ColumnMappings.invoiceColumns().stream().map(ColumnMappings.Column::name)
                    .filter(mapping::containsKey).toList();
            column(Messages.Mapping_line);
            shown.forEach(name -> column(ColumnLabels.of(name)));
            column(Messages.Mapping_reading);
            for (ColumnMappings.PreviewRow row : ColumnMappings.preview(sample, mapping)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, Integer.toString(row.line()));
                for (int i = 0; i < shown.size(); i++) {
                    String v = row.cells().get(shown.get(i));
                    item.setText(i + 1, v == null ? "" : v); //$NON-NLS-1$
                }
                item.setText(shown.size() + 1, row.problems().isEmpty() ? Messages.Mapping_readingOk
                        : String.join(" ; ", row.problems())); //$NON-NLS-1$
                if (!row.problems().isEmpty()) {
                    item.setForeground(shown.size() + 1, table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
            }
            for (TableColumn c : table.getColumns()) {
                c.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private void column(String title) {
        new TableColumn(table, SWT.LEFT).setText(title);
    }
}
