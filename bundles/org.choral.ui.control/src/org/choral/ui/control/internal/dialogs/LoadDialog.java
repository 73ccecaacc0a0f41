// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.dialogs;

import java.nio.file.Files;
import java.nio.file.Path;

import org.choral.ui.WidgetKeys;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.ui.control.internal.i18n.Messages;
import org.choral.ui.control.internal.mapping.MappingStep;
import org.choral.ui.control.internal.model.LoadRequest;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * « Charger les factures »: the ERP's CSV export (required), and optionally its lines file, the
 * folder of the PDFs and a saved column mapping; pre-filled with the last run's files. An export
 * whose required columns are not found (with the mapping named, or the one remembered for its
 * folder) opens the mapping dialog before the run, as « Correspondance des colonnes… » does.
 */
public class LoadDialog extends TitleAreaDialog {

    private final LoadRequest initial;
    private Text invoices;
    private Text lines;
    private Text pdfFolder;
    private Text mapping;
    private LoadRequest request;

    public LoadDialog(Shell parent, LoadRequest initial) {
        super(parent);
        this.initial = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Load_title);
        WidgetKeys.set(shell, "load.shell"); //$NON-NLS-1$
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Load_title);
        setMessage(Messages.Load_message);
        Composite grid = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid);
        invoices = row(grid, Messages.Load_invoices, "load.invoices", false, initial == null ? null : initial.invoices()); //$NON-NLS-1$
        lines = row(grid, Messages.Load_lines, "load.lines", false, initial == null ? null : initial.lines()); //$NON-NLS-1$
        pdfFolder = row(grid, Messages.Load_pdfFolder, "load.pdfFolder", true, initial == null ? null : initial.pdfFolder()); //$NON-NLS-1$
        mapping = row(grid, Messages.Load_mapping, "load.mapping", false, initial == null ? null : initial.mapping()); //$NON-NLS-1$
        new Label(grid, SWT.NONE);
        Button edit = WidgetKeys.set(new Button(grid, SWT.PUSH), "load.mapping.edit"); //$NON-NLS-1$
        edit.setText(Messages.Load_editMapping);
        edit.addListener(SWT.Selection, e -> editMapping());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetKeys.set(createButton(parent, IDialogConstants.OK_ID, Messages.Load_ok, true), "load.ok"); //$NON-NLS-1$
        WidgetKeys.set(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "load.cancel"); //$NON-NLS-1$
    }

    private Text row(Composite grid, String label, String id, boolean folder, Path value) {
        new Label(grid, SWT.NONE).setText(label);
        Text text = WidgetKeys.set(new Text(grid, SWT.BORDER), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        text.setText(value == null ? "" : value.toString()); //$NON-NLS-1$
        Button browse = WidgetKeys.set(new Button(grid, SWT.PUSH), id + ".browse"); //$NON-NLS-1$
        browse.setText(Messages.Load_browse);
        browse.addListener(SWT.Selection, e -> browse(text, folder));
        return text;
    }

    private void browse(Text text, boolean folder) {
        String chosen;
        if (folder) {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setFilterPath(text.getText());
            chosen = d.open();
        } else {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFileName(text.getText());
            chosen = d.open();
        }
        if (chosen != null) {
            text.setText(chosen);
        }
    }

    /** « Correspondance des colonnes… »: the mapping dialog on the export chosen, its saved file then used. */
    private void editMapping() {
        Path export = path(invoices);
        if (export == null || !MappingStep.isExport(export)) {
            setErrorMessage(Messages.Load_mappingNeedsExport);
            return;
        }
        try {
            Path saved = MappingStep.edit(getShell(), export, path(mapping));
            if (saved != null) {
                mapping.setText(saved.toString());
                setErrorMessage(null);
            }
        } catch (InvoiceSourceException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    protected void okPressed() {
        Path export = path(invoices);
        if (export == null) {
            setErrorMessage(Messages.Load_invoicesRequired);
            return;
        }
        for (Path p : new Path[] { export, path(lines), path(pdfFolder), path(mapping) }) {
            if (p != null && !Files.exists(p)) {
                setErrorMessage(NLS.bind(Messages.Load_missing, p));
                return;
            }
        }
        // an export lacking a required column gets the mapping dialog now, not an error after the run
        MappingStep.Choice choice = MappingStep.resolve(getShell(), export, path(mapping));
        if (choice.error() != null) {
            setErrorMessage(choice.error());
            return;
        }
        mapping.setText(choice.mapping() == null ? "" : choice.mapping().toString()); //$NON-NLS-1$
        request = new LoadRequest(export, path(lines), path(pdfFolder), choice.mapping());
        super.okPressed();
    }

    private static Path path(Text text) {
        String t = text.getText().strip();
        return t.isEmpty() ? null : Path.of(t).toAbsolutePath();
    }

    /** What the user chose, once the dialog returned OK. */
    public LoadRequest request() {
        return request;
    }
}
