// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.parts;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.choral.core.api.directory.Structure;
import org.choral.ui.WidgetKeys;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/** The structures matching what the user typed: name, town, postal code, SIRET. */
final class SearchResults {

    private final TableViewer viewer;

    SearchResults(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        Table table = viewer.getTable();
        WidgetKeys.set(table, "directory.results"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.Part_resultsName, 260, Structure::name);
        column(Messages.Part_resultsTown, 140, Structure::town);
        column(Messages.Part_resultsPostalCode, 90, Structure::postalCode);
        column(Messages.Part_resultsSiret, 130, Structure::siret);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(List.of());
    }

    private void column(String title, int width, Function<Structure, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply((Structure) element);
                return t == null ? "" : t; //$NON-NLS-1$
            }
        });
    }

    Table table() {
        return viewer.getTable();
    }

    void show(List<Structure> structures) {
        viewer.setInput(structures);
    }

    void select(Structure structure) {
        viewer.setSelection(new StructuredSelection(structure), true);
    }

    void onSelect(Consumer<Structure> listener) {
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Structure s) {
                listener.accept(s);
            }
        });
    }
}
