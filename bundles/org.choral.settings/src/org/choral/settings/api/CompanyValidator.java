// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.Siret;
import org.choral.settings.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * What is wrong with a {@link CompanySettings}: SIRET and name are required; VAT number, postal
 * code, IBAN and BIC are checked when given. Runs on every keystroke of the settings page and
 * again before saving.
 *
 * @since 0.1
 */
public final class CompanyValidator {

    private CompanyValidator() {
    }

    /** The problems, in the order of the page's fields; empty when the settings can be saved. */
    public static List<FieldProblem> validate(CompanySettings c) {
        List<FieldProblem> out = new ArrayList<>();
        String siret = Siret.normalize(c.siret());
        if (c.siret().isEmpty()) {
            out.add(new FieldProblem(CompanySettings.SIRET, Messages.Company_siretRequired));
        } else if (siret == null || Texts.compact(c.siret()).length() != Siret.LENGTH) {
            out.add(new FieldProblem(CompanySettings.SIRET, NLS.bind(Messages.Company_siretLength, c.siret())));
        } else if (!Siret.isValid(siret)) {
            out.add(new FieldProblem(CompanySettings.SIRET, NLS.bind(Messages.Company_siretLuhn, c.siret())));
        }
        if (c.name().isEmpty()) {
            out.add(new FieldProblem(CompanySettings.NAME, Messages.Company_nameRequired));
        }
        vat(c, siret, out);
        if (!Bic.isCountry(c.country())) {
            out.add(new FieldProblem(CompanySettings.COUNTRY, NLS.bind(Messages.Company_country, c.country())));
        } else if ("FR".equals(c.country()) && !c.postalCode().isEmpty() && !c.postalCode().matches("[0-9]{5}")) { //$NON-NLS-1$ //$NON-NLS-2$
            out.add(new FieldProblem(CompanySettings.POSTAL_CODE, NLS.bind(Messages.Company_postalCode, c.postalCode())));
        }
        iban(c.iban(), out);
        if (!c.bic().isEmpty() && !Bic.isValid(Bic.normalize(c.bic()))) {
            out.add(new FieldProblem(CompanySettings.BIC, NLS.bind(Messages.Company_bic, c.bic())));
        }
        return out;
    }

    private static void vat(CompanySettings c, String siret, List<FieldProblem> out) {
        if (c.vatNumber().isEmpty()) {
            return;
        }
        String vat = VatNumber.normalize(c.vatNumber());
        VatNumber.Problem p = VatNumber.check(vat);
        String message = p == null ? null : switch (p) {
            case FORMAT -> NLS.bind(Messages.Company_vatFormat, c.vatNumber());
            case FRENCH_FORMAT -> NLS.bind(Messages.Company_vatFrenchFormat, c.vatNumber());
            case SIREN -> NLS.bind(Messages.Company_vatSiren, c.vatNumber());
            case KEY -> NLS.bind(Messages.Company_vatKey, c.vatNumber(),
                    String.format("%02d", VatNumber.frenchKey(vat.substring(4)))); //$NON-NLS-1$
        };
        if (message == null && vat.startsWith("FR") && siret != null && Siret.isValid(siret) //$NON-NLS-1$
                && !vat.substring(4).equals(siret.substring(0, 9))) {
            message = NLS.bind(Messages.Company_vatOtherSiren, vat.substring(4), siret.substring(0, 9));
        }
        if (message != null) {
            out.add(new FieldProblem(CompanySettings.VAT, message));
        }
    }

    private static void iban(String raw, List<FieldProblem> out) {
        if (raw.isEmpty()) {
            return;
        }
        String iban = Iban.normalize(raw);
        Iban.Problem p = Iban.check(iban);
        if (p != null) {
            out.add(new FieldProblem(CompanySettings.IBAN, switch (p) {
                case FORMAT -> NLS.bind(Messages.Company_ibanFormat, raw);
                case LENGTH -> NLS.bind(Messages.Company_ibanLength,
                        new Object[] { raw, iban.substring(0, 2), Iban.expectedLength(iban.substring(0, 2)), iban.length() });
                case CHECKSUM -> NLS.bind(Messages.Company_ibanChecksum, raw);
            }));
        }
    }
}
