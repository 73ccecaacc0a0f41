// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.parts;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.ui.WidgetKeys;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * A structure's services (code, name, SvA, SvGE), filtered by what the user types and by the
 * reference tool's « Uniquement services actifs ».
 */
final class ServicesTable {

    private final Composite root;
    private final Text filter;
    private final Button activeOnly;
    private final Label count;
    private final TableViewer viewer;
    private List<Service> all = List.of();
    private boolean hasStructure;
    private String needle = ""; //$NON-NLS-1$

    ServicesTable(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 4).applyTo(root);
        Label title = new Label(root, SWT.NONE);
        title.setText(Messages.Services_title);
        title.setFont(JFaceResources.getBannerFont());
        filter = WidgetKeys.set(new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER),
                "directory.services.filter"); //$NON-NLS-1$
        filter.setMessage(Messages.Services_filterHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        activeOnly = WidgetKeys.set(new Button(root, SWT.CHECK), "directory.services.activeOnly"); //$NON-NLS-1$
        activeOnly.setText(Messages.Services_activeOnly);
        viewer = new TableViewer(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        Table table = WidgetKeys.set(viewer.getTable(), "directory.services"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table);
        column(Messages.Services_code, 150, Service::code);
        column(Messages.Services_name, 260, Service::name);
        column(Messages.Services_active, 90, s -> YesNo.of(s.active()));
        column(Messages.Services_engagement, 190, s -> YesNo.of(s.engagementRequired()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return shows((Service) element);
            }
        });
        count = WidgetKeys.set(new Label(root, SWT.NONE), "directory.services.count"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(count);
        filter.addListener(SWT.Modify, e -> {
            needle = filter.getText().trim().toLowerCase(Locale.ROOT);
            refresh();
        });
        viewer.setInput(all);
        refresh();
    }

    private void column(String title, int width, Function<Service, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String t = text.apply((Service) element);
                return t == null ? "" : t; //$NON-NLS-1$
            }
        });
    }

    private boolean shows(Service s) {
        if (activeOnly.getSelection() && !s.active()) {
            return false;
        }
        return needle.isEmpty() || s.code().toLowerCase(Locale.ROOT).contains(needle)
                || (s.name() != null && s.name().toLowerCase(Locale.ROOT).contains(needle));
    }

    Composite control() {
        return root;
    }

    /** Calls {@code listener} when the user ticks or unticks « Uniquement services actifs » here. */
    void onActiveOnlyToggled(Consumer<Boolean> listener) {
        activeOnly.addListener(SWT.Selection, e -> listener.accept(Boolean.valueOf(activeOnly.getSelection())));
    }

    void setActiveOnly(boolean on) {
        if (activeOnly.getSelection() != on) {
            activeOnly.setSelection(on);
        }
        refresh();
    }

    void show(Structure structure) {
        hasStructure = structure != null;
        all = structure == null ? List.of() : structure.services();
        viewer.setInput(all);
        refresh();
    }

    private void refresh() {
        viewer.refresh();
        int shown = viewer.getTable().getItemCount();
        count.setText(all.isEmpty() ? (hasStructure ? Messages.Services_none : "") //$NON-NLS-1$
                : NLS.bind(Messages.Services_count, Integer.valueOf(shown), Integer.valueOf(all.size())));
    }
}
