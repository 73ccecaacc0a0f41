// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.sources.report.ReportRow;
import org.choral.ui.WidgetKeys;
import org.choral.ui.control.internal.i18n.Messages;
import org.choral.ui.control.internal.model.RowFilter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The filters above the two lists: client, anomaly code, and a text looked for in every cell. */
final class FilterBar {

    private final Combo client;
    private final Combo code;
    private final Text text;
    private final List<String> clients = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private Consumer<RowFilter> listener = f -> { };

    FilterBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Filter_client);
        client = WidgetKeys.set(new Combo(bar, SWT.READ_ONLY), "control.filter.client"); //$NON-NLS-1$
        GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(client);
        new Label(bar, SWT.NONE).setText(Messages.Filter_anomaly);
        code = WidgetKeys.set(new Combo(bar, SWT.READ_ONLY), "control.filter.code"); //$NON-NLS-1$
        GridDataFactory.swtDefaults().hint(260, SWT.DEFAULT).applyTo(code);
        new Label(bar, SWT.NONE).setText(Messages.Filter_text);
        text = WidgetKeys.set(new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "control.filter.text"); //$NON-NLS-1$
        text.setMessage(Messages.Filter_textHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        client.addListener(SWT.Selection, e -> changed());
        code.addListener(SWT.Selection, e -> changed());
        text.addListener(SWT.Modify, e -> changed());
        setChoices(List.of());
    }

    void onChange(Consumer<RowFilter> l) {
        listener = l;
    }

    /** Offers the clients and codes of {@code rows}, keeping the current choice when it still exists. */
    void setChoices(List<ReportRow> rows) {
        String keptClient = selected(client, clients);
        String keptCode = selected(code, codes);
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Integer> counts = new TreeMap<>(Comparator.comparingInt(AnomalyCodes::rank)
                .thenComparing(Comparator.naturalOrder()));
        for (ReportRow r : rows) {
            names.add(r.client());
            if (r.anomaly() != null) {
                counts.merge(r.anomaly().code(), 1, Integer::sum);
            } else {
                for (Anomaly a : r.result().anomalies()) {
                    counts.merge(a.code(), 1, Integer::sum);
                }
            }
        }
        clients.clear();
        clients.addAll(names);
        codes.clear();
        codes.addAll(counts.keySet());
        client.removeAll();
        client.add(Messages.Filter_allClients);
        clients.forEach(client::add);
        code.removeAll();
        code.add(Messages.Filter_allAnomalies);
        counts.forEach((c, n) -> code.add(NLS.bind(Messages.Filter_codeCount, c, n)));
        client.select(keptClient == null ? 0 : clients.indexOf(keptClient) + 1);
        code.select(keptCode == null ? 0 : codes.indexOf(keptCode) + 1);
    }

    RowFilter filter() {
        return new RowFilter(selected(client, clients), selected(code, codes), text.getText());
    }

    /** The client filtered on, or {@code null}. */
    String client() {
        return selected(client, clients);
    }

    private static String selected(Combo combo, List<String> values) {
        int i = combo.getSelectionIndex();
        return i <= 0 || i > values.size() ? null : values.get(i - 1);
    }

    private void changed() {
        listener.accept(filter());
    }
}
