// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import org.choral.ui.deposit.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The four syntaxes in plain French: a short name for the list and a sentence saying what is
 * written and when to choose it. A syntax another module adds shows as itself.
 */
public final class FormatTexts {

    public static final String E2_UBL = "IN_DP_E2_UBL_INVOICE_MIN"; //$NON-NLS-1$
    public static final String E2_FACTURX = "IN_DP_E2_CII_FACTURX"; //$NON-NLS-1$
    public static final String E1_CII = "IN_DP_E1_CII_16B"; //$NON-NLS-1$
    public static final String E1_UBL = "IN_DP_E1_UBL_INVOICE"; //$NON-NLS-1$

    private FormatTexts() {
    }

    /** The list entry: « Factur-X : PDF avec XML inclus (IN_DP_E2_CII_FACTURX) ». */
    public static String label(String syntax) {
        String name = switch (syntax) {
            case E2_UBL -> Messages.Format_e2UblName;
            case E2_FACTURX -> Messages.Format_facturxName;
            case E1_CII -> Messages.Format_e1CiiName;
            case E1_UBL -> Messages.Format_e1UblName;
            default -> null;
        };
        return name == null ? syntax : NLS.bind(Messages.Format_label, name, syntax);
    }

    public static String description(String syntax) {
        return switch (syntax) {
            case E2_UBL -> Messages.Format_e2UblDescription;
            case E2_FACTURX -> Messages.Format_facturxDescription;
            case E1_CII -> Messages.Format_e1CiiDescription;
            case E1_UBL -> Messages.Format_e1UblDescription;
            default -> Messages.Format_otherDescription;
        };
    }

    /** Whether the Factur-X/CII profile applies (UBL formats ignore it). */
    public static boolean usesProfile(String syntax) {
        return E2_FACTURX.equals(syntax) || E1_CII.equals(syntax);
    }

    /** The order of the list: the default (E2 UBL) first, then Factur-X, then the full E1 formats. */
    public static int rank(String syntax) {
        return switch (syntax) {
            case E2_UBL -> 0;
            case E2_FACTURX -> 1;
            case E1_CII -> 2;
            case E1_UBL -> 3;
            default -> 4;
        };
    }
}
