// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

import java.util.ArrayList;
import java.util.List;

import org.choral.settings.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * What is wrong with a {@link GenerationSettings}: both thresholds are whole numbers from 1 to a
 * ceiling far above anything Chorus Pro is known to accept (a typing slip of a few zeros is
 * caught, a deliberate raise is not).
 *
 * @since 0.1
 */
public final class GenerationValidator {

    /** 10 GB of base64 in one deposit: far beyond what a web service takes in one request. */
    public static final int MAX_MEGABYTES = 10_000;
    /** A hundred thousand invoices in one archive. */
    public static final int MAX_INVOICES = 100_000;

    private GenerationValidator() {
    }

    public static List<FieldProblem> validate(GenerationSettings s) {
        List<FieldProblem> out = new ArrayList<>();
        if (s.maxMegabytes() < 1 || s.maxMegabytes() > MAX_MEGABYTES) {
            out.add(new FieldProblem(GenerationSettings.MAX_MEGABYTES,
                    NLS.bind(Messages.Generation_maxMegabytes, MAX_MEGABYTES)));
        }
        if (s.maxInvoices() < 1 || s.maxInvoices() > MAX_INVOICES) {
            out.add(new FieldProblem(GenerationSettings.MAX_INVOICES,
                    NLS.bind(Messages.Generation_maxInvoices, MAX_INVOICES)));
        }
        return out;
    }
}
