// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Thresholds;

/**
 * « Flux »: what flux generation takes from the settings besides the company. The limits of one
 * lot, over which the wizard offers to split it or to deposit one invoice at a time and
 * {@code choral flux} refuses it without {@code --split} (the maximum size of one deposit is not
 * documented by Chorus Pro: these are prudent defaults), and where the billing framework (A1, A2,
 * A9, A12…) is written until Chorus Pro confirms where it reads it. Values are kept as typed;
 * {@link GenerationValidator} says what is wrong with them.
 *
 * @param maxMegabytes the largest base64 payload of one lot, in megabytes (default 100)
 * @param maxInvoices the largest number of invoices in one lot (default 500)
 * @param framework BT-23 (business process type, the default) or BT-24 (specification identifier)
 * @since 0.1
 */
public record GenerationSettings(int maxMegabytes, int maxInvoices, FrameworkPlacement framework) {

    /** Field names, as used in validation problems, preferences and widget ids. */
    public static final String MAX_MEGABYTES = "maxMegabytes", MAX_INVOICES = "maxInvoices", //$NON-NLS-1$ //$NON-NLS-2$
            FRAMEWORK = "frameworkPlacement"; //$NON-NLS-1$

    public GenerationSettings {
        framework = framework == null ? FrameworkPlacement.BT_23 : framework;
    }

    /** First start: 100 MB of base64, 500 invoices, framework in BT-23. */
    public static GenerationSettings defaults() {
        return new GenerationSettings(Thresholds.DEFAULTS.maxMegabytes(), Thresholds.DEFAULTS.maxInvoices(),
                FrameworkPlacement.BT_23);
    }

    /** The thresholds; a value that is not positive (a hand-edited preference file) reads as its default. */
    public Thresholds thresholds() {
        return Thresholds.ofMegabytes(maxMegabytes > 0 ? maxMegabytes : Thresholds.DEFAULTS.maxMegabytes(),
                maxInvoices > 0 ? maxInvoices : Thresholds.DEFAULTS.maxInvoices());
    }
}
