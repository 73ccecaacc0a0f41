// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.deposit.LedgerEvent;
import org.choral.core.api.deposit.LedgerFlux;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.ui.WidgetKeys;
import org.choral.ui.tracking.internal.i18n.Messages;
import org.choral.ui.tracking.internal.model.Dates;
import org.choral.ui.tracking.internal.model.StatusText;
import org.choral.ui.tracking.internal.model.TrackingRow;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The history of one invoice (every attempt, answer and status seen) beside its flux's report. */
final class HistoryPane {

    private final Composite root;
    private final Label title;
    private final Table history;
    private final Text report;

    HistoryPane(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(root);
        title = WidgetKeys.set(new Label(root, SWT.WRAP), "tracking.details.title"); //$NON-NLS-1$
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        history = WidgetKeys.set(new Table(sash, SWT.BORDER | SWT.FULL_SELECTION), "tracking.history"); //$NON-NLS-1$
        history.setHeaderVisible(true);
        history.setLinesVisible(true);
        column(Messages.History_at, 125);
        column(Messages.History_event, 160);
        column(Messages.History_flux, 120);
        column(Messages.History_detail, 300);
        report = WidgetKeys.set(new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL),
                "tracking.report"); //$NON-NLS-1$
        sash.setWeights(3, 2);
        clear();
    }

    private void column(String text, int width) {
        TableColumn c = new TableColumn(history, SWT.LEFT);
        c.setText(text);
        c.setWidth(width);
    }

    Composite control() {
        return root;
    }

    void clear() {
        title.setText(Messages.Details_none);
        history.removeAll();
        report.setText(""); //$NON-NLS-1$
    }

    void loading(TrackingRow row) {
        title.setText(NLS.bind(Messages.Details_title, row.number()));
        history.removeAll();
        report.setText(Messages.Details_loading);
    }

    void failed(TrackingRow row, String problem) {
        title.setText(NLS.bind(Messages.Details_failed, row.number(), problem));
    }

    void show(TrackingRow row, LedgerFlux flux, List<LedgerEvent> events) {
        title.setText(NLS.bind(Messages.Details_title, row.number()));
        history.removeAll();
        for (LedgerEvent e : events) {
            TableItem item = new TableItem(history, SWT.NONE);
            item.setText(new String[] { Dates.format(e.at()), StatusText.event(e.kind()),
                    e.fluxNumber() == null ? "" : e.fluxNumber(), StatusText.eventDetail(e.kind(), e.detail()) }); //$NON-NLS-1$
        }
        report.setText(String.join("\n", reportLines(row.invoice(), flux))); //$NON-NLS-1$
        root.layout(true, true);
    }

    /** The flux's report as the ledger holds it: file, dates, state, the invoices it carries, the portal's reasons. */
    static List<String> reportLines(LedgerInvoice invoice, LedgerFlux flux) {
        List<String> lines = new ArrayList<>();
        if (flux == null) {
            lines.add(Messages.Report_noFlux);
        } else {
            lines.add(NLS.bind(Messages.Report_flux, new Object[] { flux.number(), flux.fileName(), flux.syntax() }));
            lines.add(NLS.bind(Messages.Report_deposited, Dates.format(flux.depositedAt())));
            String state = NLS.bind(Messages.Report_state, StatusText.flux(flux.portalState()));
            lines.add(flux.isFinal() ? state + ' ' + Messages.Report_final : state);
            if (flux.nextCheck() != null) {
                lines.add(NLS.bind(Messages.Report_nextCheck, Dates.format(flux.nextCheck())));
            }
            lines.add(NLS.bind(Messages.Report_invoices, String.join(", ", flux.invoiceNumbers()))); //$NON-NLS-1$
        }
        if (invoice.flagReason() != null && !invoice.flagReason().isBlank()) {
            lines.add(NLS.bind(Messages.Report_reason, invoice.flagReason()));
        }
        if (invoice.message() != null && !invoice.message().isBlank()) {
            lines.add(NLS.bind(Messages.Report_message, invoice.message()));
        }
        return lines;
    }
}
