// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.control;

import java.util.List;

/**
 * The stable anomaly codes of the built-in rules, in the order anomalies are listed. These codes
 * are API: scripts read them from {@code choral check --json}.
 *
 * @since 0.1
 */
public final class AnomalyCodes {

    public static final String INPUT_INVALID = "INPUT_INVALID"; //$NON-NLS-1$
    public static final String INVOICE_NUMBER_INVALID = "INVOICE_NUMBER_INVALID"; //$NON-NLS-1$
    public static final String INVOICE_NUMBER_LONG = "INVOICE_NUMBER_LONG"; //$NON-NLS-1$
    public static final String DUPLICATE_INVOICE = "DUPLICATE_INVOICE"; //$NON-NLS-1$
    public static final String SIRET_MISSING = "SIRET_MISSING"; //$NON-NLS-1$
    public static final String SIRET_INVALID = "SIRET_INVALID"; //$NON-NLS-1$
    public static final String STRUCTURE_UNKNOWN = "STRUCTURE_UNKNOWN"; //$NON-NLS-1$
    public static final String STRUCTURE_INACTIVE = "STRUCTURE_INACTIVE"; //$NON-NLS-1$
    public static final String SERVICE_REQUIRED = "SERVICE_REQUIRED"; //$NON-NLS-1$
    public static final String SERVICE_UNKNOWN = "SERVICE_UNKNOWN"; //$NON-NLS-1$
    public static final String SERVICE_INACTIVE = "SERVICE_INACTIVE"; //$NON-NLS-1$
    public static final String SERVICE_FORBIDDEN = "SERVICE_FORBIDDEN"; //$NON-NLS-1$
    public static final String ENGAGEMENT_REQUIRED = "ENGAGEMENT_REQUIRED"; //$NON-NLS-1$
    public static final String SERVICE_OR_ENGAGEMENT_REQUIRED = "SERVICE_OR_ENGAGEMENT_REQUIRED"; //$NON-NLS-1$
    public static final String ENGAGEMENT_TOO_LONG = "ENGAGEMENT_TOO_LONG"; //$NON-NLS-1$
    public static final String PDF_MISSING = "PDF_MISSING"; //$NON-NLS-1$
    public static final String PDF_UNREADABLE = "PDF_UNREADABLE"; //$NON-NLS-1$
    public static final String PDF_TOO_LARGE = "PDF_TOO_LARGE"; //$NON-NLS-1$
    public static final String ATTACHMENT_INVALID = "ATTACHMENT_INVALID"; //$NON-NLS-1$
    public static final String INVOICE_TOO_LARGE = "INVOICE_TOO_LARGE"; //$NON-NLS-1$
    public static final String FRAMEWORK_INVALID = "FRAMEWORK_INVALID"; //$NON-NLS-1$
    public static final String VALIDATOR_REQUIRED = "VALIDATOR_REQUIRED"; //$NON-NLS-1$
    public static final String AMOUNTS_INCONSISTENT = "AMOUNTS_INCONSISTENT"; //$NON-NLS-1$
    public static final String DATE_IN_FUTURE = "DATE_IN_FUTURE"; //$NON-NLS-1$
    /** On the run, not on an invoice: the directory is older than 31 days. */
    public static final String DIRECTORY_STALE = "DIRECTORY_STALE"; //$NON-NLS-1$

    /** The listing order of the built-in codes; other codes come after, alphabetically. */
    public static final List<String> ORDER = List.of(INPUT_INVALID, INVOICE_NUMBER_INVALID, INVOICE_NUMBER_LONG,
            DUPLICATE_INVOICE, SIRET_MISSING, SIRET_INVALID, STRUCTURE_UNKNOWN, STRUCTURE_INACTIVE,
            SERVICE_REQUIRED, SERVICE_UNKNOWN, SERVICE_INACTIVE, SERVICE_FORBIDDEN, ENGAGEMENT_REQUIRED,
            SERVICE_OR_ENGAGEMENT_REQUIRED, ENGAGEMENT_TOO_LONG, PDF_MISSING, PDF_UNREADABLE, PDF_TOO_LARGE,
            ATTACHMENT_INVALID, INVOICE_TOO_LARGE, FRAMEWORK_INVALID, VALIDATOR_REQUIRED, AMOUNTS_INCONSISTENT,
            DATE_IN_FUTURE);

    private AnomalyCodes() {
    }

    /** The position of {@code code} in {@link #ORDER}, or {@code ORDER.size()} for other codes. */
    public static int rank(String code) {
        int i = ORDER.indexOf(code);
        return i < 0 ? ORDER.size() : i;
    }
}
