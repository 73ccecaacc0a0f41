// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.model;

import java.util.Locale;

/** What « Sélectionner » selects among the compliant invoices; the command parameter's values. */
public enum SelectMode {
    /** Every compliant invoice shown. */
    ALL,
    /** None. */
    NONE,
    /** The compliant invoices of one client: the one filtered on, else the selected invoice's. */
    CLIENT;

    /** The command parameter's id. */
    public static final String PARAMETER = "org.choral.ui.control.select.mode"; //$NON-NLS-1$

    /** The mode a parameter value names ({@code all}, {@code none}, {@code client}), or {@code null}. */
    public static SelectMode parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
