// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.wizard;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.choral.core.api.deposit.DepositOutcome;
import org.choral.core.api.deposit.DepositSummary;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.choral.ui.WidgetKeys;
import org.choral.ui.deposit.internal.i18n.Messages;
import org.choral.ui.deposit.internal.model.DepositOptions;
import org.choral.ui.deposit.internal.model.DepositReportCsv;
import org.choral.ui.deposit.internal.model.DepositReportPdf;
import org.choral.ui.deposit.internal.model.DepositRow;
import org.choral.ui.deposit.internal.model.DepositStep;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * « Déposer sur Chorus »: the reference tool's options, its live report (« N° Pièce », « Fichier »,
 * « Rapport »), a summary at the end and the report's export. The deposit itself is a
 * {@link DepositStep} run in the wizard's progress area (forked, « Annuler » stops it before the
 * next portal call); without one the button stays disabled and its tooltip says what to configure.
 */
class DepositPage extends WizardPage {

    private final DepositStep step;
    private final FluxInput input;
    private final List<DepositRow> rows = new ArrayList<>();
    private Spinner wait;
    private Button skipDeposited;
    private Button continueOnError;
    private Button deposit;
    private Table report;
    private Label summary;
    private Button exportCsv;
    private Button exportPdf;
    private FluxRequest request;
    private FluxResult generated;
    private List<String> summaryLines = List.of();

    DepositPage(FluxInput input) {
        super("deposit"); //$NON-NLS-1$
        this.input = input;
        this.step = input.deposit();
        setTitle(Messages.Deposit_title);
        setDescription(Messages.Deposit_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
        new Label(root, SWT.NONE).setText(Messages.Deposit_wait);
        wait = WidgetKeys.set(new Spinner(root, SWT.BORDER), "deposit.wait"); //$NON-NLS-1$
        wait.setValues(DepositOptions.DEFAULTS.waitMillis(), 0, 60_000, 0, 100, 1000);
        skipDeposited = check(root, Messages.Deposit_skipDeposited, "deposit.skipDeposited", //$NON-NLS-1$
                DepositOptions.DEFAULTS.skipDeposited());
        continueOnError = check(root, Messages.Deposit_continueOnError, "deposit.continueOnError", //$NON-NLS-1$
                DepositOptions.DEFAULTS.continueOnError());
        deposit = WidgetKeys.set(new Button(root, SWT.PUSH), "deposit.run"); //$NON-NLS-1$
        deposit.setText(Messages.Deposit_run);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(deposit);
        deposit.addListener(SWT.Selection, e -> run());
        report = WidgetKeys.set(new Table(root, SWT.BORDER | SWT.FULL_SELECTION), "deposit.report"); //$NON-NLS-1$
        report.setHeaderVisible(true);
        report.setLinesVisible(true);
        for (String h : headers()) {
            TableColumn c = new TableColumn(report, SWT.NONE);
            c.setText(h);
            c.setWidth(180);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 160).applyTo(report);
        summary = WidgetKeys.set(new Label(root, SWT.WRAP), "deposit.summary"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(640, SWT.DEFAULT).applyTo(summary);
        Composite exports = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(exports);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(exports);
        exportCsv = WidgetKeys.set(new Button(exports, SWT.PUSH), "deposit.exportCsv"); //$NON-NLS-1$
        exportCsv.setText(Messages.Deposit_exportCsv);
        exportCsv.addListener(SWT.Selection, e -> export("*.csv")); //$NON-NLS-1$
        exportPdf = WidgetKeys.set(new Button(exports, SWT.PUSH), "deposit.exportPdf"); //$NON-NLS-1$
        exportPdf.setText(Messages.Deposit_exportPdf);
        exportPdf.addListener(SWT.Selection, e -> export("*.pdf")); //$NON-NLS-1$
        Label note = WidgetKeys.set(new Label(root, SWT.WRAP), "deposit.note"); //$NON-NLS-1$
        note.setText(Messages.Deposit_note);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(640, SWT.DEFAULT).applyTo(note);
        setControl(root);
        enable();
    }

    private static List<String> headers() {
        return List.of(Messages.Deposit_number, Messages.Deposit_file, Messages.Deposit_report);
    }

    private static Button check(Composite parent, String text, String id, boolean value) {
        Button b = WidgetKeys.set(new Button(parent, SWT.CHECK), id);
        b.setText(text);
        b.setSelection(value);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(b);
        return b;
    }

    /** The flux to deposit and the request that made it; {@code null} when nothing (or nothing current) was generated. */
    void setGenerated(FluxRequest request, FluxResult result) {
        this.request = request;
        this.generated = result;
        if (report != null && !report.isDisposed()) {
            clear();
            enable();
        }
    }

    DepositOptions options() {
        return new DepositOptions(wait.getSelection(), skipDeposited.getSelection(), continueOnError.getSelection());
    }

    private void clear() {
        report.removeAll();
        rows.clear();
        summaryLines = List.of();
        summary.setText(""); //$NON-NLS-1$
    }

    private void enable() {
        boolean ready = step != null && generated != null && !generated.files().isEmpty();
        deposit.setEnabled(ready);
        deposit.setToolTipText(step == null ? input.depositProblem() : null);
        exportCsv.setEnabled(!rows.isEmpty());
        exportPdf.setEnabled(!rows.isEmpty());
    }

    private void run() {
        DepositOptions options = options();
        FluxRequest made = request;
        FluxResult flux = generated;
        clear();
        setErrorMessage(null);
        setMessage(null);
        AtomicReference<DepositSummary> done = new AtomicReference<>();
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    done.set(step.deposit(made, flux, options,
                            row -> report.getDisplay().asyncExec(() -> add(row)), monitor));
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof IOException)) {
                ILog.of(DepositPage.class).error("Deposit failed", cause); //$NON-NLS-1$
            }
            setErrorMessage(NLS.bind(Messages.Deposit_failed, cause.getMessage()));
        } catch (InterruptedException e) {
            setMessage(Messages.Deposit_cancelled, WARNING);
        }
        // The rows were posted with asyncExec before the run returned: the summary goes after them.
        report.getDisplay().asyncExec(() -> finish(done.get()));
    }

    private void finish(DepositSummary result) {
        if (summary.isDisposed()) {
            return;
        }
        if (result != null) {
            summaryLines = summaryLines(result);
            summary.setText(String.join("\n", summaryLines)); //$NON-NLS-1$
            if (result.cancelled()) {
                setMessage(Messages.Deposit_cancelled, WARNING);
            } else if (result.stopReason() != null) {
                setErrorMessage(result.stopReason());
            }
            List<String> deposited = result.rows().stream().filter(r -> r.outcome() == DepositOutcome.DEPOSITED)
                    .map(r -> r.invoiceNumber()).toList();
            input.deposited().accept(deposited);
            input.status().accept(summaryLines.get(0));
        }
        summary.getParent().layout(true, true);
        enable();
    }

    static List<String> summaryLines(DepositSummary s) {
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.Deposit_summary, new Object[] { s.count(DepositOutcome.DEPOSITED),
                s.count(DepositOutcome.FAILED), s.count(DepositOutcome.SKIPPED), s.count(DepositOutcome.UNCERTAIN) }));
        if (s.stopReason() != null) {
            lines.add(s.stopReason());
        }
        if (s.count(DepositOutcome.UNCERTAIN) > 0) {
            lines.add(Messages.Deposit_uncertainHelp);
        }
        return lines;
    }

    private void add(DepositRow row) {
        if (!report.isDisposed()) {
            rows.add(row);
            new TableItem(report, SWT.NONE).setText(new String[] { row.invoiceNumber(), row.file(), row.report() });
            report.showItem(report.getItem(report.getItemCount() - 1));
        }
    }

    private void export(String extension) {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFileName(Messages.Deposit_exportName + extension.substring(1));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen));
        }
    }

    /** Writes the report as CSV or PDF (by the file's extension) and says where in the status line. */
    void exportTo(Path file) {
        try {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) { //$NON-NLS-1$
                DepositReportPdf.write(Messages.Deposit_title, summaryLines, headers(), rows, file);
            } else {
                DepositReportCsv.write(headers(), rows, file);
            }
            input.status().accept(NLS.bind(Messages.Deposit_exported, file));
        } catch (IOException | RuntimeException e) {
            ILog.of(DepositPage.class).error("Export failed: " + file, e); //$NON-NLS-1$
            setErrorMessage(NLS.bind(Messages.Deposit_exportFailed, file, e.getMessage()));
        }
    }
}
