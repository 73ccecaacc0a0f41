// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.wizard;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.choral.core.api.flux.ArchiveType;
import org.choral.core.api.flux.DepositDate;
import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxEstimate;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.SupplierFile;
import org.choral.ui.WidgetKeys;
import org.choral.ui.deposit.internal.i18n.Messages;
import org.choral.ui.deposit.internal.model.FluxChoices;
import org.choral.ui.deposit.internal.model.FormatTexts;
import org.choral.ui.deposit.internal.model.Preview;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;

/**
 * The first page: which invoices, the two tabs « Dépôt par lot » / « Dépôt séquentiel », the
 * parameters, a preview of what will be generated and « Générer le flux ».
 */
class ParametersPage extends WizardPage {

    private static final int WRAP_WIDTH = 640;
    /** Stands for a supplier not known yet, only to ask the service for the size estimate. */
    private static final Supplier UNKNOWN = new Supplier(null, null, null, null, null, null, null, null, null);

    private final FluxWizard wizard;
    private final FluxInput input;
    private final List<String> syntaxes;
    private final Map<String, FluxEstimate> estimates = new HashMap<>();
    private TabFolder tabs;
    private Text name;
    private Button today;
    private Button invoiceDate;
    private Combo format;
    private Label formatDescription;
    private Combo profile;
    private Combo framework;
    private Button zip;
    private Button tarGz;
    private Text output;
    private Label supplierLabel;
    private Text supplierFile;
    private Label summary;
    private Label warnings;
    private Button split;
    private Button sequential;
    private Button generate;
    private boolean filling;

    ParametersPage(FluxWizard wizard, FluxInput input) {
        super("parameters"); //$NON-NLS-1$
        this.wizard = wizard;
        this.input = input;
        this.syntaxes = input.flux().formats().stream().map(FluxFormat::syntax)
                .sorted(Comparator.comparingInt(FormatTexts::rank).thenComparing(Comparator.naturalOrder())).toList();
        setTitle(Messages.Params_title);
        setDescription(Messages.Params_description);
    }

    @Override
    public void createControl(Composite parent) {
        filling = true;
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        wrapping(root, "flux.invoices").setText(input.wholeList() //$NON-NLS-1$
                ? NLS.bind(Messages.Params_allCompliant, input.invoices().size())
                : NLS.bind(Messages.Params_selected, input.invoices().size()));
        createTabs(root);
        createParameters(root);
        createPreview(root);
        generate = WidgetKeys.set(new Button(root, SWT.PUSH), "flux.generate"); //$NON-NLS-1$
        generate.setText(Messages.Params_generate);
        GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(generate);
        generate.addListener(SWT.Selection, e -> generate());
        restore();
        setControl(root);
        filling = false;
        update();
    }

    private void createTabs(Composite root) {
        tabs = WidgetKeys.set(new TabFolder(root, SWT.TOP), "flux.tabs"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tabs);
        Composite lot = tab(Messages.Params_lotTab, "flux.tab.lot"); //$NON-NLS-1$
        wrapping(lot, "flux.lot.help").setText(Messages.Params_lotHelp); //$NON-NLS-1$
        Composite archive = new Composite(lot, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(archive);
        new Label(archive, SWT.NONE).setText(Messages.Params_archive);
        zip = radio(archive, Messages.Params_zip, "flux.archive.zip"); //$NON-NLS-1$
        tarGz = radio(archive, Messages.Params_tarGz, "flux.archive.targz"); //$NON-NLS-1$
        Composite sequentialTab = tab(Messages.Params_sequentialTab, "flux.tab.sequential"); //$NON-NLS-1$
        wrapping(sequentialTab, "flux.sequential.help").setText(Messages.Params_sequentialHelp); //$NON-NLS-1$
        tabs.addListener(SWT.Selection, e -> update());
    }

    private Composite tab(String text, String id) {
        TabItem item = WidgetKeys.set(new TabItem(tabs, SWT.NONE), id);
        item.setText(text);
        Composite c = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(c);
        item.setControl(c);
        return c;
    }

    private void createParameters(Composite root) {
        Group group = new Group(root, SWT.NONE);
        group.setText(Messages.Params_parameters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
        name = text(group, Messages.Params_name, "flux.name", 2); //$NON-NLS-1$
        name.setMessage(Messages.Params_nameHint);
        caption(group, Messages.Params_date);
        Composite dates = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(dates);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(dates);
        today = radio(dates, Messages.Params_today, "flux.date.today"); //$NON-NLS-1$
        invoiceDate = radio(dates, Messages.Params_invoiceDate, "flux.date.invoice"); //$NON-NLS-1$
        caption(group, Messages.Params_format);
        format = WidgetKeys.set(new Combo(group, SWT.READ_ONLY), "flux.format"); //$NON-NLS-1$
        syntaxes.forEach(s -> format.add(FormatTexts.label(s)));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);
        format.addListener(SWT.Selection, e -> update());
        new Label(group, SWT.NONE);
        formatDescription = WidgetKeys.set(new Label(group, SWT.WRAP), "flux.format.description"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(WRAP_WIDTH - 160, SWT.DEFAULT).applyTo(formatDescription);
        caption(group, Messages.Params_profile);
        profile = WidgetKeys.set(new Combo(group, SWT.READ_ONLY), "flux.profile"); //$NON-NLS-1$
        profile.setItems(Messages.Params_profileEn16931, Messages.Params_profileBasic);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(profile);
        profile.addListener(SWT.Selection, e -> update());
        caption(group, Messages.Params_framework);
        framework = WidgetKeys.set(new Combo(group, SWT.READ_ONLY), "flux.framework"); //$NON-NLS-1$
        framework.setItems(Messages.Params_frameworkBt23, Messages.Params_frameworkBt24);
        framework.setToolTipText(Messages.Params_frameworkHint);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(framework);
        framework.addListener(SWT.Selection, e -> update());
        output = text(group, Messages.Params_output, "flux.out", 1); //$NON-NLS-1$
        browse(group, "flux.out.browse", () -> { //$NON-NLS-1$
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setFilterPath(output.getText());
            return d.open();
        }, output);
        caption(group, Messages.Params_supplier);
        supplierLabel = WidgetKeys.set(new Label(group, SWT.WRAP), "flux.supplier"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(WRAP_WIDTH - 160, SWT.DEFAULT).applyTo(supplierLabel);
        supplierFile = text(group, Messages.Params_supplierFile, "flux.supplierFile", 1); //$NON-NLS-1$
        supplierFile.setMessage(Messages.Params_supplierFileHint);
        browse(group, "flux.supplierFile.browse", () -> { //$NON-NLS-1$
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.properties", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
            return d.open();
        }, supplierFile);
    }

    private void createPreview(Composite root) {
        Group group = new Group(root, SWT.NONE);
        group.setText(Messages.Params_preview);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().applyTo(group);
        summary = wrapping(group, "flux.preview"); //$NON-NLS-1$
        warnings = wrapping(group, "flux.warnings"); //$NON-NLS-1$
        Composite offers = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(offers);
        split = WidgetKeys.set(new Button(offers, SWT.CHECK), "flux.split"); //$NON-NLS-1$
        GridDataFactory.swtDefaults().applyTo(split);
        split.addListener(SWT.Selection, e -> update());
        sequential = WidgetKeys.set(new Button(offers, SWT.PUSH), "flux.sequential"); //$NON-NLS-1$
        sequential.setText(Messages.Params_toSequential);
        GridDataFactory.swtDefaults().applyTo(sequential);
        sequential.addListener(SWT.Selection, e -> {
            tabs.setSelection(1);
            update();
        });
    }

    private Label wrapping(Composite parent, String id) {
        Label l = WidgetKeys.set(new Label(parent, SWT.WRAP), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(WRAP_WIDTH, SWT.DEFAULT).applyTo(l);
        return l;
    }

    private static void caption(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private Text text(Composite parent, String caption, String id, int span) {
        caption(parent, caption);
        Text t = WidgetKeys.set(new Text(parent, SWT.BORDER), id);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(t);
        t.addListener(SWT.Modify, e -> update());
        return t;
    }

    private Button radio(Composite parent, String text, String id) {
        Button b = WidgetKeys.set(new Button(parent, SWT.RADIO), id);
        b.setText(text);
        b.addListener(SWT.Selection, e -> {
            if (b.getSelection()) {
                update();
            }
        });
        return b;
    }

    private void browse(Composite parent, String id, java.util.function.Supplier<String> dialog, Text target) {
        Button b = WidgetKeys.set(new Button(parent, SWT.PUSH), id);
        b.setText(Messages.Params_browse);
        b.addListener(SWT.Selection, e -> {
            String chosen = dialog.get();
            if (chosen != null) {
                target.setText(chosen);
            }
        });
    }

    private void restore() {
        WizardMemory m = input.memory();
        String syntax = m.get(WizardMemory.SYNTAX, FormatTexts.E2_UBL);
        int index = syntaxes.indexOf(syntax);
        format.select(index >= 0 ? index : 0);
        profile.select(FacturxProfile.BASIC.name().equals(m.get(WizardMemory.PROFILE, "")) ? 1 : 0); //$NON-NLS-1$
        // not remembered: the « Flux » setting is the default each time, so that changing it there applies
        framework.select(input.frameworkPlacement().ordinal());
        boolean tar = ArchiveType.TAR_GZ.name().equals(m.get(WizardMemory.ARCHIVE, "")); //$NON-NLS-1$
        zip.setSelection(!tar);
        tarGz.setSelection(tar);
        boolean byInvoice = DepositDate.INVOICE.name().equals(m.get(WizardMemory.DATE, "")); //$NON-NLS-1$
        today.setSelection(!byInvoice);
        invoiceDate.setSelection(byInvoice);
        output.setText(m.get(WizardMemory.OUTPUT,
                Path.of(System.getProperty("user.home", "."), "Choral", "Flux").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        supplierFile.setText(m.get(WizardMemory.SUPPLIER_FILE, "")); //$NON-NLS-1$
    }

    /** Keeps the choices for the next time the wizard opens. */
    void remember() {
        if (getControl() == null || getControl().isDisposed()) {
            return;
        }
        FluxChoices c = choices();
        WizardMemory m = input.memory();
        m.put(WizardMemory.SYNTAX, c.syntax());
        m.put(WizardMemory.PROFILE, c.profile().name());
        m.put(WizardMemory.ARCHIVE, c.archive().name());
        m.put(WizardMemory.DATE, c.date().name());
        m.put(WizardMemory.OUTPUT, c.outputFolder() == null ? null : c.outputFolder().toString());
        m.put(WizardMemory.SUPPLIER_FILE, supplierFile.getText().strip());
        m.flush();
    }

    FluxChoices choices() {
        int f = format.getSelectionIndex();
        return new FluxChoices(tabs.getSelectionIndex() == 1 ? FluxMode.SEQUENTIAL : FluxMode.LOT, name.getText(),
                invoiceDate.getSelection() ? DepositDate.INVOICE : DepositDate.TODAY, f < 0 ? null : syntaxes.get(f),
                profile.getSelectionIndex() == 1 ? FacturxProfile.BASIC : FacturxProfile.EN16931,
                tarGz.getSelection() ? ArchiveType.TAR_GZ : ArchiveType.ZIP, outputFolder(), split.getSelection(),
                framework.getSelectionIndex() == 1 ? FrameworkPlacement.BT_24 : FrameworkPlacement.BT_23);
    }

    private Path outputFolder() {
        String text = output.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The supplier to write, from the file when one is given, else from the settings; problems otherwise. */
    private Optional<Supplier> supplier(List<String> problems) {
        String file = supplierFile.getText().strip();
        if (!file.isEmpty()) {
            try {
                Supplier s = SupplierFile.read(Path.of(file));
                supplierLabel.setText(NLS.bind(Messages.Params_supplierFromFile, describe(s)));
                return Optional.of(s);
            } catch (IOException | InvalidPathException e) {
                supplierLabel.setText(Messages.Params_supplierNone);
                problems.add(e.getMessage());
                return Optional.empty();
            }
        }
        Optional<Supplier> s = input.settingsSupplier();
        if (s.isPresent()) {
            supplierLabel.setText(NLS.bind(Messages.Params_supplierFromSettings, describe(s.get())));
        } else {
            supplierLabel.setText(Messages.Params_supplierNone);
            problems.add(input.settings() == null ? Messages.Params_noSettingsModule : Messages.Params_noSettings);
        }
        return s;
    }

    private static String describe(Supplier s) {
        return NLS.bind(Messages.Params_supplierName, s.name() == null ? "?" : s.name(), //$NON-NLS-1$
                s.siret() == null ? "?" : s.siret()); //$NON-NLS-1$
    }

    /** Recomputes the preview after any change; the estimate is cached per format (it reads file sizes). */
    private void update() {
        if (filling) {
            return;
        }
        wizard.invalidate();
        FluxChoices c = choices();
        formatDescription.setText(c.syntax() == null ? "" : FormatTexts.description(c.syntax())); //$NON-NLS-1$
        profile.setEnabled(c.syntax() != null && FormatTexts.usesProfile(c.syntax()));
        List<String> problems = new ArrayList<>();
        Optional<Supplier> supplier = supplier(problems);
        Preview p;
        Optional<FluxFormat> f = c.syntax() == null ? Optional.empty() : input.flux().format(c.syntax());
        if (f.isEmpty()) {
            p = Preview.of(input.invoices(), c, null, null, input.thresholds(), problems);
        } else {
            FluxEstimate estimate = estimates.computeIfAbsent(c.syntax(),
                    s -> input.flux().estimate(input.invoices(), c.request(UNKNOWN, input.thresholds())));
            if (supplier.isPresent()) {
                problems.addAll(input.flux().supplierProblems(input.invoices(), c.request(supplier.get(), input.thresholds())));
            }
            p = Preview.of(input.invoices(), c, f.get(), estimate, input.thresholds(), problems);
        }
        show(p, c);
    }

    private void show(Preview p, FluxChoices c) {
        summary.setText(p.summary());
        warnings.setText(String.join("\n", p.warnings())); //$NON-NLS-1$
        split.setText(NLS.bind(Messages.Params_split, p.lots()));
        boolean offer = p.overThresholds();
        showIf(split, offer);
        showIf(sequential, offer);
        setErrorMessage(p.blocking());
        setMessage(null);
        generate.setEnabled(p.blocking() == null && !input.invoices().isEmpty() && c.syntax() != null);
        ((Composite) getControl()).layout(true, true);
        getContainer().updateButtons();
    }

    /** The offers to split or go sequential take no room unless the lot is over the thresholds. */
    private static void showIf(Button b, boolean shown) {
        b.setVisible(shown);
        ((GridData) b.getLayoutData()).exclude = !shown;
    }

    private void generate() {
        List<String> problems = new ArrayList<>();
        Optional<Supplier> supplier = supplier(problems);
        if (supplier.isEmpty()) {
            setErrorMessage(String.join("\n", problems)); //$NON-NLS-1$
            return;
        }
        setErrorMessage(null);
        wizard.generate(choices().request(supplier.get(), input.thresholds()));
    }

    @Override
    public boolean canFlipToNextPage() {
        return wizard.result() != null;
    }
}
