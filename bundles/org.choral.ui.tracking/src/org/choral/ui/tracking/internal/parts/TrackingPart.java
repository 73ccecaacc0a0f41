// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.choral.core.api.DataFolders;
import org.choral.core.api.deposit.DepositLedger;
import org.choral.core.api.deposit.DepositService;
import org.choral.core.api.deposit.FollowUpService;
import org.choral.core.api.deposit.LedgerEvent;
import org.choral.core.api.deposit.LedgerFlux;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.ui.StatusLine;
import org.choral.ui.WidgetKeys;
import org.choral.ui.tracking.TrackingView;
import org.choral.ui.tracking.internal.i18n.Messages;
import org.choral.ui.tracking.internal.jobs.FollowUpJob;
import org.choral.ui.tracking.internal.jobs.ProofExport;
import org.choral.ui.tracking.internal.jobs.ResendJob;
import org.choral.ui.tracking.internal.jobs.Services;
import org.choral.ui.tracking.internal.model.Category;
import org.choral.ui.tracking.internal.model.CsvExport;
import org.choral.ui.tracking.internal.model.RowFilter;
import org.choral.ui.tracking.internal.model.TrackingRow;
import org.choral.ui.tracking.internal.model.TrackingSnapshot;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * « Suivi des dépôts »: every invoice of the deposit history with its flux, dates, status in the
 * user's language and the portal's errors; filters « À traiter », « En cours », « Payées » and
 * text; « Actualiser » (a follow-up pass now), « Renvoyer… » for an uncertain invoice after an
 * explicit confirmation, the CSV export of what is shown, and the history of the selected invoice.
 * The rows come from the follow-up job's snapshots; the part only renders them.
 */
public class TrackingPart {

    /** The filter combo's entries, in order; {@code null} is « Toutes ». */
    /** The family of the jobs reading one invoice's history. */
    public static final Object HISTORY_FAMILY = new Object();

    static final Category[] FILTERS = { null, Category.TO_ACT, Category.IN_PROGRESS, Category.PAID };

    @Inject
    private MApplication application;
    @Inject
    private IEventBroker broker;
    @Inject
    private UISynchronize sync;
    @Inject
    @Optional
    private FollowUpJob job;
    @Inject
    @Optional
    @Service
    private DepositService deposits;
    @Inject
    @Optional
    @Service
    private FollowUpService followUp;
    @Inject
    @Optional
    @Service
    private PortalSettingsProvider settings;
    @Inject
    @Optional
    @Service
    private List<PortalConnectorFactory> factories;

    private Composite root;
    private Label portal;
    private Label counts;
    private Combo filter;
    private Text search;
    private Button resend;
    private Button proof;
    private TrackingTable table;
    private HistoryPane details;
    private TrackingSnapshot snapshot;
    private List<TrackingRow> shown = List.of();
    private int historyRequest;
    private final Consumer<TrackingSnapshot> listener = s -> sync.asyncExec(() -> show(s));

    @PostConstruct
    public void createControls(Composite parent) {
        root = WidgetKeys.set(new Composite(parent, SWT.NONE), "tracking.root"); //$NON-NLS-1$
        GridLayoutFactory.swtDefaults().spacing(6, 4).applyTo(root);
        portal = WidgetKeys.set(new Label(root, SWT.WRAP), "tracking.portal"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(portal);
        createBar();
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new TrackingTable(sash, "tracking.table"); //$NON-NLS-1$
        details = new HistoryPane(sash);
        sash.setWeights(3, 2);
        counts = WidgetKeys.set(new Label(root, SWT.NONE), "tracking.counts"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
        table.viewer().addSelectionChangedListener(e -> selectionChanged());
        portal.setText(Messages.Job_reading);
        if (job != null) {
            job.addListener(listener);
            if (job.snapshot() != null) {
                show(job.snapshot());
            }
        }
        updateButtons();
    }

    private void createBar() {
        Composite bar = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Filter_label);
        filter = WidgetKeys.set(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), "tracking.filter"); //$NON-NLS-1$
        filter.setVisibleItemCount(FILTERS.length);
        new Label(bar, SWT.NONE).setText(Messages.Filter_text);
        search = WidgetKeys.set(new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL), "tracking.search"); //$NON-NLS-1$
        search.setMessage(Messages.Filter_textHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(search);
        Button refresh = button(bar, "tracking.refresh", Messages.Button_refresh, Messages.Button_refreshTooltip); //$NON-NLS-1$
        resend = button(bar, "tracking.resend", Messages.Button_resend, Messages.Button_resendTooltip); //$NON-NLS-1$
        Button export = button(bar, "tracking.export", Messages.Button_export, Messages.Button_exportTooltip); //$NON-NLS-1$
        proof = button(bar, "tracking.proof", Messages.Button_proof, Messages.Button_proofTooltip); //$NON-NLS-1$
        fillFilter(List.of());
        filter.select(0);
        filter.addListener(SWT.Selection, e -> applyFilter());
        search.addListener(SWT.Modify, e -> applyFilter());
        refresh.addListener(SWT.Selection, e -> refresh());
        resend.addListener(SWT.Selection, e -> resendSelected());
        export.addListener(SWT.Selection, e -> exportAsked());
        proof.addListener(SWT.Selection, e -> proofAsked());
    }

    private static Button button(Composite bar, String id, String text, String tooltip) {
        Button b = WidgetKeys.set(new Button(bar, SWT.PUSH), id);
        b.setText(text);
        b.setToolTipText(tooltip);
        return b;
    }

    @Focus
    public void setFocus() {
        table.table().setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (job != null) {
            job.removeListener(listener);
        }
    }

    /** « Actualiser »: a follow-up pass now that asks the portal about everything still followed. */
    public void refresh() {
        if (job != null) {
            portal.setText(Messages.Job_asking);
            job.refresh();
        }
    }

    /** The snapshot shown, or {@code null} before the first one. */
    public TrackingSnapshot snapshot() {
        return snapshot;
    }

    /** The rows shown, in the table's order. */
    public List<TrackingRow> shownRows() {
        int n = table.table().getItemCount();
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> (TrackingRow) table.viewer().getElementAt(i))
                .toList();
    }

    private void show(TrackingSnapshot s) {
        if (root.isDisposed()) {
            return;
        }
        snapshot = s;
        portal.setText(s.rows().isEmpty() ? s.portal() + ' ' + Messages.Part_empty : s.portal());
        fillFilter(s.rows());
        applyFilter();
        selectionChanged();
        root.layout(true, true);
    }

    private void fillFilter(List<TrackingRow> rows) {
        int selected = Math.max(0, filter.getSelectionIndex());
        String[] items = new String[FILTERS.length];
        for (int i = 0; i < FILTERS.length; i++) {
            Category c = FILTERS[i];
            long n = c == null ? rows.size() : rows.stream().filter(r -> r.category() == c).count();
            items[i] = NLS.bind(label(c), n);
        }
        filter.setItems(items);
        filter.select(selected);
    }

    private static String label(Category c) {
        if (c == null) {
            return Messages.Filter_all;
        }
        return switch (c) {
            case TO_ACT -> Messages.Filter_TO_ACT;
            case IN_PROGRESS -> Messages.Filter_IN_PROGRESS;
            case PAID -> Messages.Filter_PAID;
        };
    }

    private void applyFilter() {
        List<TrackingRow> all = snapshot == null ? List.of() : snapshot.rows();
        RowFilter f = new RowFilter(FILTERS[Math.max(0, filter.getSelectionIndex())], search.getText());
        shown = f.apply(all);
        table.setRows(shown);
        counts.setText(NLS.bind(Messages.Part_counts, shown.size(), all.size()));
        updateButtons();
    }

    private void selectionChanged() {
        updateButtons();
        List<TrackingRow> selected = table.selection();
        if (selected.size() != 1) {
            details.clear();
            return;
        }
        TrackingRow row = selected.get(0);
        details.loading(row);
        int request = ++historyRequest;
        Path folder = dataFolder();
        DepositService service = deposits;
        if (service == null) {
            details.failed(row, Messages.Portal_noDepositModule);
            return;
        }
        // the history is read from the store: off the UI thread, shown only if still the one selected
        new Job(Messages.Details_loading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    DepositLedger ledger = service.ledger(folder);
                    List<LedgerEvent> events = ledger.history(row.number());
                    sync.asyncExec(() -> {
                        if (request == historyRequest && !root.isDisposed()) {
                            details.show(row, flux(row), events);
                        }
                    });
                } catch (IOException e) {
                    sync.asyncExec(() -> {
                        if (request == historyRequest && !root.isDisposed()) {
                            details.failed(row, e.getMessage());
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == HISTORY_FAMILY;
            }
        }.schedule();
    }

    private LedgerFlux flux(TrackingRow row) {
        String number = row.invoice().fluxNumber();
        return snapshot == null || number == null ? null : snapshot.fluxes().get(number);
    }

    /** The invoice whose history is shown, for tests: selects it in the table. */
    public void select(String invoiceNumber) {
        shown.stream().filter(r -> r.number().equals(invoiceNumber)).findFirst().ifPresent(r -> {
            table.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(r), true);
            selectionChanged();
        });
    }

    private void updateButtons() {
        List<TrackingRow> selected = table.selection();
        resend.setEnabled(selected.size() == 1 && selected.get(0).uncertain());
        proof.setEnabled(selected.size() == 1 && selected.get(0).invoice().fluxNumber() != null);
    }

    private Path dataFolder() {
        IEclipseContext context = application.getContext();
        Object folder = context.get(TrackingView.DATA_FOLDER);
        return folder instanceof Path p ? p : DataFolders.defaultFolder();
    }

    private void exportAsked() {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(new String[] { "*.csv" }); //$NON-NLS-1$
        dialog.setFileName("suivi-depots.csv"); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            exportCsv(Path.of(file));
        }
    }

    /** Writes the rows shown, in the table's order; says how it went in the status line. */
    public boolean exportCsv(Path file) {
        List<TrackingRow> rows = shownRows();
        try {
            CsvExport.write(rows, file);
            StatusLine.post(broker, NLS.bind(Messages.Export_done, rows.size(), file));
            return true;
        } catch (IOException e) {
            String message = NLS.bind(Messages.Export_failed, file, e.getMessage());
            portal.setText(message);
            StatusLine.post(broker, message);
            return false;
        }
    }

    /** « Exporter la preuve… » of the selected invoice: where to save it, then the export off the UI thread. */
    @SuppressWarnings("unchecked")
    private void proofAsked() {
        List<TrackingRow> selected = table.selection();
        if (selected.size() != 1) {
            return;
        }
        String number = selected.get(0).number();
        String name = "preuve-" + number.replaceAll("[^A-Za-z0-9._-]", "_") + ".zip"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Path zip;
        if (application.getContext().get(TrackingView.PROOF_CHOOSER) instanceof Function<?, ?> f) {
            zip = ((Function<String, Path>) f).apply(name);
        } else {
            FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
            dialog.setText(Messages.Proof_title);
            dialog.setFilterExtensions(new String[] { "*.zip" }); //$NON-NLS-1$
            dialog.setFileName(name);
            dialog.setOverwrite(true);
            String file = dialog.open();
            zip = file == null ? null : Path.of(file);
        }
        if (zip != null) {
            ProofExport.job(deposits, dataFolder(), number, zip, this::tell).schedule();
        }
    }

    /** A sentence for the user, from any thread: in the status line and above the table. */
    private void tell(String message) {
        StatusLine.post(broker, message);
        sync.asyncExec(() -> {
            if (!root.isDisposed()) {
                portal.setText(message);
            }
        });
    }

    /** « Renvoyer… »: only for an uncertain invoice, only after the user confirmed, never on its own. */
    private void resendSelected() {
        List<TrackingRow> selected = table.selection();
        if (selected.size() != 1 || !selected.get(0).uncertain()) {
            return;
        }
        TrackingRow row = selected.get(0);
        if (!new ResendDialog(root.getShell(), row.number()).confirmed()) {
            return;
        }
        Path file = chooseFile(row);
        if (file == null) {
            StatusLine.post(broker, Messages.Resend_noFile);
            return;
        }
        Services services = new Services(deposits, followUp, settings, factories);
        new ResendJob(services, dataFolder(), row.invoice(), file, message -> {
            StatusLine.post(broker, message);
            sync.asyncExec(() -> {
                if (!root.isDisposed()) {
                    portal.setText(message);
                }
                refresh();
            });
        }).schedule();
    }

    @SuppressWarnings("unchecked")
    private Path chooseFile(TrackingRow row) {
        String name = row.invoice().fileName() == null ? "" : row.invoice().fileName(); //$NON-NLS-1$
        Object chooser = application.getContext().get(TrackingView.FILE_CHOOSER);
        if (chooser instanceof Function<?, ?> f) {
            return ((Function<String, Path>) f).apply(name);
        }
        FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN);
        dialog.setText(NLS.bind(Messages.Resend_chooseFile, name));
        dialog.setFileName(name);
        String file = dialog.open();
        return file == null ? null : Path.of(file);
    }
}
