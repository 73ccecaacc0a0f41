// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.wizard;

import java.nio.file.Path;
import java.util.List;

import org.choral.core.api.flux.FluxFailure;
import org.choral.core.api.flux.FluxFile;
import org.choral.core.api.flux.FluxResult;
import org.choral.ui.WidgetKeys;
import org.choral.ui.deposit.internal.i18n.Messages;
import org.choral.ui.deposit.internal.model.Sizes;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * « Fichiers générés »: each file with its size and invoices, to open or show in the file manager,
 * the generation's warnings, and the invoices left out with their reason.
 */
class GeneratedPage extends WizardPage {

    private final FileActions actions;
    private Label summary;
    private Table files;
    private Button open;
    private Button reveal;
    private Label warnings;
    private Label failuresTitle;
    private Table failures;
    private FluxResult result;

    GeneratedPage(FileActions actions) {
        super("generated"); //$NON-NLS-1$
        this.actions = actions;
        setTitle(Messages.Generated_title);
        setDescription(Messages.Generated_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
        summary = WidgetKeys.set(new Label(root, SWT.WRAP), "flux.result.summary"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(640, SWT.DEFAULT).applyTo(summary);
        files = table(root, "flux.files", 1, Messages.Generated_file, Messages.Generated_size, Messages.Generated_invoices); //$NON-NLS-1$
        Composite buttons = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        open = button(buttons, Messages.Generated_open, "flux.open"); //$NON-NLS-1$
        reveal = button(buttons, Messages.Generated_reveal, "flux.reveal"); //$NON-NLS-1$
        open.addListener(SWT.Selection, e -> selected(actions::open));
        reveal.addListener(SWT.Selection, e -> selected(actions::reveal));
        files.addListener(SWT.Selection, e -> enable());
        files.addListener(SWT.DefaultSelection, e -> selected(actions::open));
        warnings = WidgetKeys.set(new Label(root, SWT.WRAP), "flux.result.warnings"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(640, SWT.DEFAULT).applyTo(warnings);
        failuresTitle = WidgetKeys.set(new Label(root, SWT.WRAP), "flux.failures.title"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(failuresTitle);
        failures = table(root, "flux.failures", 2, Messages.Generated_number, Messages.Generated_reason); //$NON-NLS-1$
        setControl(root);
        show(result);
    }

    private static Table table(Composite parent, String id, int span, String... headers) {
        Table t = WidgetKeys.set(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), id);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (String h : headers) {
            new TableColumn(t, SWT.NONE).setText(h);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(span, 1).hint(SWT.DEFAULT, 120).applyTo(t);
        return t;
    }

    private static Button button(Composite parent, String text, String id) {
        Button b = WidgetKeys.set(new Button(parent, SWT.PUSH), id);
        b.setText(text);
        GridDataFactory.fillDefaults().applyTo(b);
        return b;
    }

    /** Shows what was generated; {@code null} clears the page (the parameters changed since). */
    void show(FluxResult generated) {
        this.result = generated;
        if (files == null || files.isDisposed()) {
            return;
        }
        files.removeAll();
        failures.removeAll();
        setMessage(null);
        if (generated == null) {
            summary.setText(Messages.Generated_none);
            warnings.setText(""); //$NON-NLS-1$
            failuresTitle.setText(""); //$NON-NLS-1$
        } else {
            fill(generated);
        }
        for (Table t : List.of(files, failures)) {
            for (TableColumn c : t.getColumns()) {
                c.pack();
            }
        }
        enable();
        ((Composite) getControl()).layout(true, true);
    }

    private void fill(FluxResult generated) {
        long total = 0;
        for (FluxFile f : generated.files()) {
            TableItem item = new TableItem(files, SWT.NONE);
            item.setText(new String[] { f.path().getFileName().toString(), Sizes.human(f.size()),
                    String.join(", ", f.invoiceNumbers()) }); //$NON-NLS-1$
            item.setData(f.path());
            total += f.size();
        }
        Path folder = generated.files().isEmpty() ? null : generated.files().get(0).path().getParent();
        summary.setText(folder == null ? Messages.Generated_nothing
                : NLS.bind(Messages.Generated_summary, new Object[] { generated.files().size(), Sizes.human(total), folder }));
        warnings.setText(String.join("\n", generated.warnings())); //$NON-NLS-1$
        for (FluxFailure f : generated.failures()) {
            new TableItem(failures, SWT.NONE).setText(new String[] { f.invoiceNumber(), f.reason() });
        }
        failuresTitle.setText(generated.failures().isEmpty() ? Messages.Generated_noFailure
                : NLS.bind(Messages.Generated_failures, generated.failures().size()));
        if (!generated.failures().isEmpty()) {
            setMessage(NLS.bind(Messages.Generated_failures, generated.failures().size()), IMessageProvider.WARNING);
        }
    }

    private void enable() {
        boolean one = files.getSelectionCount() == 1;
        open.setEnabled(one);
        reveal.setEnabled(one);
    }

    private void selected(java.util.function.Predicate<Path> action) {
        if (files.getSelectionCount() != 1) {
            return;
        }
        Path file = (Path) files.getSelection()[0].getData();
        if (!action.test(file)) {
            setMessage(NLS.bind(Messages.Generated_launchFailed, file), IMessageProvider.WARNING);
        }
    }

    @Override
    public boolean canFlipToNextPage() {
        return result != null;
    }
}
