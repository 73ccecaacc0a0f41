// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal.pages;

import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.settings.api.FieldProblem;
import org.choral.settings.api.GenerationSettings;
import org.choral.settings.api.GenerationValidator;
import org.choral.settings.api.SettingsException;
import org.choral.settings.api.SettingsService;
import org.choral.ui.settings.internal.i18n.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * « Flux »: the limits of one lot (a lot over them is split or deposited one invoice at a time)
 * and where the billing framework is written, BT-23 or BT-24, until Chorus Pro confirms.
 * Thresholds are typed as text and refused, with the reason, unless whole numbers in range.
 */
public class FluxPreferencePage extends SettingsFormPage<GenerationSettings> {

    private static final FrameworkPlacement[] PLACEMENTS = FrameworkPlacement.values();

    private Text maxMegabytes;
    private Text maxInvoices;
    private Combo framework;

    public FluxPreferencePage(SettingsService service) {
        super(Messages.Flux_title, service);
        setDescription(Messages.Flux_description);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        form = new Form(parent, "flux."); //$NON-NLS-1$
        form.section(Messages.Flux_thresholds);
        maxMegabytes = form.text(GenerationSettings.MAX_MEGABYTES, Messages.Flux_maxMegabytes, SWT.NONE);
        maxInvoices = form.text(GenerationSettings.MAX_INVOICES, Messages.Flux_maxInvoices, SWT.NONE);
        form.section(Messages.Flux_framework);
        framework = form.add(GenerationSettings.FRAMEWORK, Messages.Flux_placement,
                new Combo(form.body(), SWT.READ_ONLY | SWT.DROP_DOWN));
        framework.setItems(Messages.Flux_bt23, Messages.Flux_bt24);
        Label help = new Label(form.body(), SWT.WRAP);
        help.setText(Messages.Flux_frameworkHelp);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(help);
        GenerationSettings saved = service.generation();
        maxMegabytes.setText(Integer.toString(saved.maxMegabytes()));
        maxInvoices.setText(Integer.toString(saved.maxInvoices()));
        framework.select(saved.framework().ordinal());
        maxMegabytes.addModifyListener(e -> validate());
        maxInvoices.addModifyListener(e -> validate());
        validate();
        return form.body();
    }

    /** The values typed; a threshold that is not a whole number is 0 here, named by {@link #problems()}. */
    @Override
    GenerationSettings current() {
        int i = framework.getSelectionIndex();
        return new GenerationSettings(number(maxMegabytes), number(maxInvoices),
                i < 0 ? FrameworkPlacement.BT_23 : PLACEMENTS[i]);
    }

    private static int number(Text t) {
        try {
            return Integer.parseInt(t.getText().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Text that is not a whole number is named as typed; numbers are checked by the settings' validator. */
    @Override
    List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        notANumber(GenerationSettings.MAX_MEGABYTES, maxMegabytes, out);
        notANumber(GenerationSettings.MAX_INVOICES, maxInvoices, out);
        out.addAll(GenerationValidator.validate(current()));
        return out;
    }

    private static void notANumber(String field, Text t, List<FieldProblem> out) {
        String text = t.getText().strip();
        if (!text.matches("[0-9]{1,9}")) { //$NON-NLS-1$
            out.add(new FieldProblem(field, text.isEmpty() ? Messages.Flux_required : NLS.bind(Messages.Flux_notANumber, text)));
        }
    }

    @Override
    void save(GenerationSettings settings) throws SettingsException {
        service.save(settings);
    }
}
