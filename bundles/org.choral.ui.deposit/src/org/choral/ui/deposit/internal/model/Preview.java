// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.flux.DepositDate;
import org.choral.core.api.flux.FluxEstimate;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.invoice.Invoice;
import org.choral.ui.deposit.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * What the first page says before « Générer le flux »: how many files and how heavy, what the
 * user should know, and what prevents generating (then the button is disabled and the reason
 * shown as the page's error).
 *
 * @param summary count and estimated size
 * @param warnings what will happen that the user may not expect (split, one lot per date, PDFs missing)
 * @param blocking why generation cannot go ahead, or {@code null}
 * @param overThresholds a lot holding them all would exceed a threshold: offer to split or go sequential
 * @param lots how many lots a split makes
 */
public record Preview(String summary, List<String> warnings, String blocking, boolean overThresholds, int lots) {

    public Preview {
        warnings = List.copyOf(warnings);
    }

    /**
     * @param format the chosen format, or {@code null} when none is available
     * @param estimate the service's estimate for these invoices in this format
     * @param supplierProblems what the supplier lacks for this format, or a single sentence saying
     *            that no supplier is known yet
     */
    public static Preview of(List<Invoice> invoices, FluxChoices choices, FluxFormat format, FluxEstimate estimate,
            Thresholds thresholds, List<String> supplierProblems) {
        if (format == null) {
            return new Preview("", List.of(), Messages.Preview_noFormat, false, 1); //$NON-NLS-1$
        }
        boolean lot = choices.mode() == FluxMode.LOT;
        boolean over = lot && estimate.overThresholds();
        String size = Sizes.human(estimate.base64Bytes());
        String summary;
        if (!lot) {
            summary = NLS.bind(Messages.Preview_sequential, estimate.invoiceCount(), size);
        } else if (over && choices.split()) {
            summary = NLS.bind(Messages.Preview_lots, new Object[] { estimate.invoiceCount(), estimate.lots(), size });
        } else {
            summary = NLS.bind(Messages.Preview_lot, estimate.invoiceCount(), size);
        }
        List<String> warnings = new ArrayList<>();
        if (over && choices.split()) {
            warnings.add(NLS.bind(Messages.Preview_split, estimate.lots()));
        }
        long dates = invoices.stream().map(Invoice::date).filter(d -> d != null).distinct().count();
        if (lot && choices.date() == DepositDate.INVOICE && dates > 1) {
            warnings.add(NLS.bind(Messages.Preview_lotPerDate, dates));
        }
        List<String> withoutPdf = format.requiresPdf() ? invoices.stream()
                .filter(i -> i.pdf() == null || !Files.isRegularFile(i.pdf())).map(Invoice::number).toList() : List.of();
        if (!withoutPdf.isEmpty()) {
            warnings.add(NLS.bind(Messages.Preview_noPdf, withoutPdf.size(), String.join(", ", //$NON-NLS-1$
                    withoutPdf.subList(0, Math.min(5, withoutPdf.size())))));
        }
        String blocking = null;
        if (!supplierProblems.isEmpty()) {
            blocking = String.join("\n", supplierProblems); //$NON-NLS-1$
        } else if (choices.outputFolder() == null) {
            blocking = Messages.Preview_noFolder;
        } else if (over && !choices.split()) {
            blocking = NLS.bind(Messages.Preview_over, new Object[] { estimate.invoiceCount(), size,
                    thresholds.maxInvoices(), Sizes.human(thresholds.maxBase64Bytes()), estimate.lots() });
        }
        return new Preview(summary, warnings, blocking, over, estimate.lots());
    }
}
