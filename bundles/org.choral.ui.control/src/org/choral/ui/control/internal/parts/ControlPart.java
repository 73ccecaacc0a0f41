// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.parts;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.choral.core.api.DataFolders;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.ControlService;
import org.choral.core.api.control.InvoiceResult;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.sources.report.ReportRow;
import org.choral.sources.report.ReportRows;
import org.choral.ui.CompliantInvoices;
import org.choral.ui.DirectoryTopics;
import org.choral.ui.StatusLine;
import org.choral.ui.WidgetKeys;
import org.choral.ui.control.internal.i18n.Messages;
import org.choral.ui.control.internal.jobs.ControlJob;
import org.choral.ui.control.internal.jobs.ControlOutcome;
import org.choral.ui.control.internal.model.LoadRequest;
import org.choral.ui.control.internal.model.RowFilter;
import org.choral.ui.control.internal.model.SelectMode;
import org.choral.ui.control.internal.table.ResultTable;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * « Contrôle des factures »: the reference tool's screen — the compliant invoices above, the
 * anomalies to fix below — with filters, sorting, selection, and the files of the last run kept
 * in the part's persisted state so that « Actualiser » works in the next session too.
 */
public class ControlPart {

    /** The part's element id in {@code fragment.e4xmi}. */
    public static final String ID = "org.choral.ui.control.part"; //$NON-NLS-1$
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE); //$NON-NLS-1$

    @Inject
    private MPart part;
    @Inject
    private IEventBroker broker;
    @Inject
    private UISynchronize sync;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private MApplication application;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private ESelectionService selectionService;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Service
    private List<InvoiceSource> sources;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Service
    private ControlService control;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Service
    private DirectoryServices directories;

    private Composite root;
    private Label info;
    private Label stale;
    private Label message;
    private FilterBar filters;
    private Label compliantTitle;
    private Label anomaliesTitle;
    private ResultTable compliant;
    private ResultTable anomalies;
    private ControlOutcome outcome;
    private ControlJob running;

    @PostConstruct
    public void createControls(Composite parent) {
        root = WidgetKeys.set(new Composite(parent, SWT.NONE), "control.root"); //$NON-NLS-1$
        GridLayoutFactory.swtDefaults().spacing(6, 4).applyTo(root);
        info = label("control.info"); //$NON-NLS-1$
        stale = label("control.stale"); //$NON-NLS-1$
        stale.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message = label("control.message"); //$NON-NLS-1$
        show(stale, ""); //$NON-NLS-1$
        show(message, ""); //$NON-NLS-1$
        filters = new FilterBar(root);
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        compliantTitle = new Label(section(sash), SWT.NONE);
        compliant = table(compliantTitle, "control.compliant"); //$NON-NLS-1$
        anomaliesTitle = new Label(section(sash), SWT.NONE);
        anomalies = table(anomaliesTitle, "control.anomalies"); //$NON-NLS-1$
        WidgetKeys.set(compliantTitle, "control.compliant.title"); //$NON-NLS-1$
        WidgetKeys.set(anomaliesTitle, "control.anomalies.title"); //$NON-NLS-1$
        sash.setWeights(1, 1);
        filters.onChange(this::applyFilter);
        compliant.table().addListener(SWT.Selection, e -> selectionChanged());
        anomalies.table().addListener(SWT.Selection, e -> updateEnablement());
        LoadRequest last = lastRequest();
        info.setText(last == null ? Messages.Part_empty : NLS.bind(Messages.Part_remembered, last.invoices()));
        showTitles();
    }

    private Label label(String id) {
        Label l = WidgetKeys.set(new Label(root, SWT.WRAP), id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(l);
        return l;
    }

    /** Sets a line of the header; an empty line takes no room, so the lists start right under the header. */
    private void show(Label line, String text) {
        String t = text == null ? "" : text; //$NON-NLS-1$
        line.setText(t);
        GridData data = (GridData) line.getLayoutData();
        if (data.exclude != t.isEmpty()) {
            data.exclude = t.isEmpty();
            line.setVisible(!data.exclude);
            root.layout(true);
        }
    }

    private static Composite section(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(c);
        return c;
    }

    private ResultTable table(Label title, String id) {
        title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        ResultTable t = new ResultTable(title.getParent(), id);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(t.table());
        t.onSiretDoubleClick(siret -> broker.send(DirectoryTopics.SHOW, siret));
        return t;
    }

    @Focus
    public void setFocus() {
        compliant.table().setFocus();
    }

    @PreDestroy
    public void dispose() {
        ControlJob job = running;
        if (job != null) {
            job.cancel();
        }
    }

    /** The files of the last run, this session's or a previous one's; {@code null} if none. */
    public LoadRequest lastRequest() {
        return LastFiles.restore(part);
    }

    public boolean isRunning() {
        return running != null;
    }

    /** Reads and checks {@code request}'s files in a job, and remembers them. */
    public void load(LoadRequest request) {
        if (running != null) {
            return;
        }
        LastFiles.store(part, request);
        show(message, NLS.bind(Messages.Part_running, request.invoices()));
        root.layout(true, true);
        List<InvoiceSource> available = sources == null ? List.of() : new ArrayList<>(sources);
        running = new ControlJob(request, available, control, directories, DataFolders.defaultFolder(),
                result -> sync.asyncExec(() -> show(result)));
        running.schedule();
        updateEnablement();
    }

    /** « Actualiser »: the same files checked again (after the export was fixed or the directory imported). */
    public void refresh() {
        LoadRequest last = lastRequest();
        if (last != null) {
            load(last);
        }
    }

    private void show(ControlOutcome result) {
        running = null;
        if (root.isDisposed()) {
            return;
        }
        if (result.failed()) {
            show(message, result.error());
            StatusLine.post(broker, result.error());
        } else {
            outcome = result;
            List<ReportRow> ok = ReportRows.compliant(result.report());
            List<ReportRow> ko = ReportRows.anomalies(result.report());
            List<ReportRow> all = new ArrayList<>(ok);
            all.addAll(ko);
            filters.setChoices(all);
            compliant.setRows(ok);
            anomalies.setRows(ko);
            applyFilter(filters.filter());
            describe(result);
            publish();
        }
        root.layout(true, true);
        updateEnablement();
    }

    private void describe(ControlOutcome result) {
        ControlReport report = result.report();
        String when = WHEN.format(report.checkedAt().atZone(ZoneId.systemDefault()));
        info.setText(NLS.bind(Messages.Part_info, new Object[] { result.request().invoices(), report.results().size(),
                report.compliant().size(), report.withAnomalies().size(), when, result.directory().fileName(),
                WHEN.format(result.directory().importedAt().atZone(ZoneId.systemDefault())) }));
        show(stale, report.directoryStale() ? NLS.bind(Messages.Part_stale,
                WHEN.format(result.directory().importedAt().atZone(ZoneId.systemDefault()))) : ""); //$NON-NLS-1$
        String problems = result.problems().isEmpty() ? "" //$NON-NLS-1$
                : NLS.bind(Messages.Part_problems, result.problems().size(), result.problems().get(0).describe());
        show(message, problems);
        StatusLine.post(broker, NLS.bind(Messages.Part_done, new Object[] { report.results().size(),
                report.compliant().size(), report.withAnomalies().size() }));
    }

    private void applyFilter(RowFilter filter) {
        compliant.setFilter(new RowFilter(filter.client(), null, filter.text()));
        anomalies.setFilter(filter);
        showTitles();
    }

    private void showTitles() {
        compliantTitle.setText(NLS.bind(Messages.Part_compliantTitle, compliant.rows().size(), compliant.rows().all().size()));
        anomaliesTitle.setText(NLS.bind(Messages.Part_anomaliesTitle, anomalies.rows().size(), anomalies.rows().all().size()));
        compliantTitle.getParent().layout();
        anomaliesTitle.getParent().layout();
    }

    /** « Sélectionner »: selects compliant invoices shown; {@code false} when there was no client to select by. */
    public boolean select(SelectMode mode) {
        List<ReportRow> shown = compliant.rows().shown();
        String client = null;
        if (mode == SelectMode.CLIENT) {
            client = filters.client();
            if (client == null) {
                List<ReportRow> chosen = compliant.selection();
                if (chosen.isEmpty()) {
                    chosen = anomalies.selection();
                }
                if (chosen.isEmpty()) {
                    StatusLine.post(broker, Messages.Select_noClient);
                    return false;
                }
                client = chosen.get(0).client();
            }
        }
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (mode == SelectMode.ALL || mode == SelectMode.CLIENT && shown.get(i).client().equals(client)) {
                indices.add(i);
            }
        }
        compliant.select(indices.stream().mapToInt(Integer::intValue).toArray());
        return true;
    }

    /** The compliant invoices the user selected (what a deposit takes). */
    public List<InvoiceResult> selectedInvoices() {
        return compliant.selection().stream().map(ReportRow::result).toList();
    }

    /** The PDF of the invoice selected in the list that has the focus (else either list). */
    public Optional<Path> selectedPdf() {
        List<ReportRow> rows = anomalies.table().isFocusControl() ? anomalies.selection() : compliant.selection();
        if (rows.isEmpty()) {
            rows = anomalies.selection();
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0).result().invoice().pdf());
    }

    /** The last run's report, or {@code null}. */
    public ControlReport report() {
        return outcome == null ? null : outcome.report();
    }

    public ResultTable compliantTable() {
        return compliant;
    }

    public ResultTable anomalyTable() {
        return anomalies;
    }

    private void selectionChanged() {
        if (selectionService != null) {
            selectionService.setSelection(selectedInvoices());
        }
        publish();
        updateEnablement();
    }

    /** Where the flux wizard finds the compliant invoices, whichever part is active when it opens. */
    private void publish() {
        if (application != null && outcome != null) {
            application.getContext().set(CompliantInvoices.KEY, new CompliantInvoices(
                    outcome.report().compliant(), selectedInvoices()));
        }
    }

    private void updateEnablement() {
        broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
    }
}
