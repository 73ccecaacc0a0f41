// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.choral.settings.api.CompanySettings;
import org.choral.settings.api.CompanyValidator;
import org.choral.settings.api.FieldProblem;
import org.choral.settings.api.SettingsException;
import org.choral.settings.api.SettingsService;
import org.choral.ui.settings.internal.i18n.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** « Entreprise »: the supplier company, validated as typed. */
public class CompanyPreferencePage extends SettingsFormPage<CompanySettings> {

    private final Map<String, Text> fields = new LinkedHashMap<>();

    public CompanyPreferencePage(SettingsService service) {
        super(Messages.Company_title, service);
        setDescription(Messages.Company_description);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        form = new Form(parent, "company."); //$NON-NLS-1$
        fields.put(CompanySettings.SIRET, form.text(CompanySettings.SIRET, Messages.Company_siret, SWT.NONE));
        fields.put(CompanySettings.NAME, form.text(CompanySettings.NAME, Messages.Company_name, SWT.NONE));
        fields.put(CompanySettings.VAT, form.text(CompanySettings.VAT, Messages.Company_vat, SWT.NONE));
        form.section(Messages.Company_address);
        fields.put(CompanySettings.STREET, form.text(CompanySettings.STREET, Messages.Company_street, SWT.NONE));
        fields.put(CompanySettings.POSTAL_CODE, form.text(CompanySettings.POSTAL_CODE, Messages.Company_postalCode, SWT.NONE));
        fields.put(CompanySettings.TOWN, form.text(CompanySettings.TOWN, Messages.Company_town, SWT.NONE));
        fields.put(CompanySettings.COUNTRY, form.text(CompanySettings.COUNTRY, Messages.Company_country, SWT.NONE));
        form.section(Messages.Company_bank);
        fields.put(CompanySettings.IBAN, form.text(CompanySettings.IBAN, Messages.Company_iban, SWT.NONE));
        fields.put(CompanySettings.BIC, form.text(CompanySettings.BIC, Messages.Company_bic, SWT.NONE));
        CompanySettings saved = service.company();
        set(CompanySettings.SIRET, saved.siret());
        set(CompanySettings.NAME, saved.name());
        set(CompanySettings.VAT, saved.vatNumber());
        set(CompanySettings.STREET, saved.street());
        set(CompanySettings.POSTAL_CODE, saved.postalCode());
        set(CompanySettings.TOWN, saved.town());
        set(CompanySettings.COUNTRY, saved.country());
        set(CompanySettings.IBAN, saved.iban());
        set(CompanySettings.BIC, saved.bic());
        fields.values().forEach(t -> t.addModifyListener(e -> validate()));
        validate();
        return form.body();
    }

    private void set(String field, String value) {
        fields.get(field).setText(value);
    }

    private String get(String field) {
        return fields.get(field).getText();
    }

    @Override
    CompanySettings current() {
        return new CompanySettings(get(CompanySettings.SIRET), get(CompanySettings.NAME), get(CompanySettings.VAT),
                get(CompanySettings.STREET), get(CompanySettings.POSTAL_CODE), get(CompanySettings.TOWN),
                get(CompanySettings.COUNTRY).toUpperCase(java.util.Locale.ROOT), get(CompanySettings.IBAN),
                get(CompanySettings.BIC));
    }

    @Override
    List<FieldProblem> problems() {
        return CompanyValidator.validate(current());
    }

    @Override
    void save(CompanySettings settings) throws SettingsException {
        service.save(settings);
    }
}
