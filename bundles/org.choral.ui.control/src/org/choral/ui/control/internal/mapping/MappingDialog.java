// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.sources.api.ColumnMappings;
import org.choral.ui.WidgetKeys;
import org.choral.ui.control.internal.i18n.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * « Correspondance des colonnes »: one row per canonical column (its French name, whether it is
 * required, a choice among the export's actual headers, pre-set to the suggestion), a preview of
 * the first rows as the CSV source will read them, the checks (required columns mapped, a header
 * used once), and « Enregistrer » to a UTF-8 {@code .properties} file.
 */
public class MappingDialog extends TitleAreaDialog {

    private final ColumnMappings.Sample sample;
    private final Map<String, String> saved;
    private final Map<String, String> suggested;
    private final Path target;
    private final Map<String, Combo> combos = new LinkedHashMap<>();
    private Label summary;
    private Label problems;
    private MappingPreviewTable preview;
    private Text file;
    private Path savedFile;

    /**
     * @param saved the mapping the export was read with so far (its entries win over suggestions)
     * @param target where « Enregistrer » writes, until the user chooses another file
     */
    public MappingDialog(Shell parent, ColumnMappings.Sample sample, Map<String, String> saved, Path target) {
        super(parent);
        this.sample = sample;
        this.saved = Map.copyOf(saved);
        this.suggested = ColumnMappings.suggest(sample.headers(), saved);
        this.target = target;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Mapping_title);
        WidgetKeys.set(shell, "mapping.shell"); //$NON-NLS-1$
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Mapping_title);
        String separator = sample.separator() == '\t' ? Messages.Mapping_tab : String.valueOf(sample.separator());
        setMessage(NLS.bind(Messages.Mapping_message, new Object[] { sample.file().getFileName(), separator,
                sample.charset().displayName() }));
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        createColumnRows(body);
        summary = status(body, "mapping.summary"); //$NON-NLS-1$
        problems = status(body, "mapping.problems"); //$NON-NLS-1$
        problems.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        new Label(body, SWT.NONE).setText(Messages.Mapping_preview);
        preview = new MappingPreviewTable(body, sample);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 130).applyTo(preview.table());
        createFileRow(body);
        return area;
    }

    private void createColumnRows(Composite body) {
        ScrolledComposite scroll = new ScrolledComposite(body, SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 300).applyTo(scroll);
        Composite grid = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(grid);
        for (ColumnMappings.Column column : ColumnMappings.invoiceColumns()) {
            Label name = new Label(grid, SWT.NONE);
            name.setText(ColumnLabels.of(column.name()));
            name.setToolTipText(column.name());
            Label required = new Label(grid, SWT.NONE);
            required.setText(column.required() ? Messages.Mapping_required : Messages.Mapping_optional);
            Combo combo = WidgetKeys.set(new Combo(grid, SWT.READ_ONLY), "mapping.column." + column.name()); //$NON-NLS-1$
            combo.add(Messages.Mapping_none);
            sample.headers().forEach(combo::add);
            String header = suggested.get(column.name());
            combo.select(header == null ? 0 : sample.headers().indexOf(header) + 1);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
            combo.addListener(SWT.Selection, e -> update());
            combos.put(column.name(), combo);
        }
        scroll.setContent(grid);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private static Label status(Composite body, String id) {
        Label l = WidgetKeys.set(new Label(body, SWT.WRAP), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(l);
        return l;
    }

    private void createFileRow(Composite body) {
        Composite row = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText(Messages.Mapping_file);
        file = WidgetKeys.set(new Text(row, SWT.BORDER), "mapping.file"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        file.setText(target.toString());
        file.addListener(SWT.Modify, e -> update());
        Button browse = WidgetKeys.set(new Button(row, SWT.PUSH), "mapping.file.browse"); //$NON-NLS-1$
        browse.setText(Messages.Mapping_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setOverwrite(true);
            d.setFilterExtensions(new String[] { "*.properties" }); //$NON-NLS-1$
            d.setFileName(file.getText());
            String chosen = d.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetKeys.set(createButton(parent, IDialogConstants.OK_ID, Messages.Mapping_save, true), "mapping.save"); //$NON-NLS-1$
        WidgetKeys.set(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "mapping.cancel"); //$NON-NLS-1$
        update();
    }

    /** Canonical column → chosen header, as the user has set the combos now. */
    public Map<String, String> mapping() {
        Map<String, String> m = new LinkedHashMap<>();
        combos.forEach((name, combo) -> {
            int i = combo.getSelectionIndex();
            if (i > 0) {
                m.put(name, sample.headers().get(i - 1));
            }
        });
        return m;
    }

    private void update() {
        Map<String, String> m = mapping();
        long automatic = m.entrySet().stream().filter(e -> e.getValue().equals(suggested.get(e.getKey()))).count();
        summary.setText(NLS.bind(Messages.Mapping_summary, new Object[] { m.size(), combos.size(), automatic }));
        List<String> found = new ArrayList<>();
        for (String name : ColumnMappings.missingRequired(sample.headers(), m)) {
            found.add(NLS.bind(Messages.Mapping_missingRequired, ColumnLabels.of(name)));
        }
        ColumnMappings.headersUsedTwice(m).forEach((header, names) -> found.add(NLS.bind(Messages.Mapping_usedTwice, header,
                String.join(", ", names.stream().map(ColumnLabels::of).toList())))); //$NON-NLS-1$
        if (file.getText().isBlank()) {
            found.add(Messages.Mapping_fileRequired);
        }
        problems.setText(String.join("\n", found)); //$NON-NLS-1$
        setErrorMessage(found.isEmpty() ? null : found.get(0));
        preview.show(m);
        Button save = getButton(IDialogConstants.OK_ID);
        if (save != null) {
            save.setEnabled(found.isEmpty());
        }
        problems.getParent().layout(true, true);
    }

    @Override
    protected void okPressed() {
        Map<String, String> all = new LinkedHashMap<>();
        // the lines file's entries of a saved mapping are not shown here: keep them
        saved.forEach((name, header) -> {
            if (!combos.containsKey(name)) {
                all.put(name, header);
            }
        });
        all.putAll(mapping());
        Path chosen = Path.of(file.getText().strip()).toAbsolutePath();
        try {
            ColumnMappings.save(chosen, all);
        } catch (InvoiceSourceException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        savedFile = chosen;
        super.okPressed();
    }

    /** The file the mapping was saved to, once the dialog returned OK. */
    public Path savedFile() {
        return savedFile;
    }
}
