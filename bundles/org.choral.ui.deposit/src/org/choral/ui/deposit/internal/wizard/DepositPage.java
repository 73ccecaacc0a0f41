// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.wizard;

import java.lang.reflect.InvocationTargetException;

import org.choral.core.api.flux.FluxResult;
import org.choral.ui.WidgetKeys;
import org.choral.ui.deposit.internal.i18n.Messages;
import org.choral.ui.deposit.internal.model.DepositOptions;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * « Déposer sur Chorus »: the reference tool's options and its report (« N° Pièce », « Fichier »,
 * « Rapport »). The deposit itself is a {@link DepositStep}; without one (before the connector)
 * the button stays disabled and its tooltip says why.
 */
class DepositPage extends WizardPage {

    private final DepositStep step;
    private Spinner wait;
    private Button skipDeposited;
    private Button continueOnError;
    private Button deposit;
    private Table report;
    private FluxResult generated;

    DepositPage(DepositStep step) {
        super("deposit"); //$NON-NLS-1$
        this.step = step;
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
        for (String h : new String[] { Messages.Deposit_number, Messages.Deposit_file, Messages.Deposit_report }) {
            TableColumn c = new TableColumn(report, SWT.NONE);
            c.setText(h);
            c.setWidth(180);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 160).applyTo(report);
        Label note = WidgetKeys.set(new Label(root, SWT.WRAP), "deposit.note"); //$NON-NLS-1$
        note.setText(Messages.Deposit_note);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(640, SWT.DEFAULT).applyTo(note);
        setControl(root);
        enable();
    }

    private static Button check(Composite parent, String text, String id, boolean value) {
        Button b = WidgetKeys.set(new Button(parent, SWT.CHECK), id);
        b.setText(text);
        b.setSelection(value);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(b);
        return b;
    }

    /** The flux to deposit; {@code null} when nothing (or nothing current) was generated. */
    void setGenerated(FluxResult result) {
        this.generated = result;
        if (report != null && !report.isDisposed()) {
            report.removeAll();
            enable();
        }
    }

    DepositOptions options() {
        return new DepositOptions(wait.getSelection(), skipDeposited.getSelection(), continueOnError.getSelection());
    }

    private void enable() {
        boolean ready = step != null && generated != null && !generated.files().isEmpty();
        deposit.setEnabled(ready);
        deposit.setToolTipText(step == null ? Messages.Deposit_notYet : null);
    }

    private void run() {
        DepositOptions options = options();
        FluxResult flux = generated;
        report.removeAll();
        try {
            getContainer().run(true, true, monitor -> step.deposit(flux, options,
                    row -> report.getDisplay().asyncExec(() -> add(row)), monitor));
        } catch (InvocationTargetException e) {
            ILog.of(DepositPage.class).error("Deposit failed", e.getCause()); //$NON-NLS-1$
            setErrorMessage(NLS.bind(Messages.Deposit_failed, e.getCause().getMessage()));
        } catch (InterruptedException e) {
            setMessage(Messages.Deposit_cancelled, WARNING);
        }
    }

    private void add(DepositRow row) {
        if (!report.isDisposed()) {
            new TableItem(report, SWT.NONE).setText(new String[] { row.invoiceNumber(), row.file(), row.report() });
        }
    }
}
