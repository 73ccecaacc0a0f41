// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Turns one row of the invoices file into an {@link Invoice}, collecting what cannot be read as
 * problems instead of dropping the row. A credit note exported with negative amounts becomes an
 * AVOIR with positive amounts.
 */
final class RowReader {

    private final Path file;
    private final Columns columns;
    private final PdfLocator locator;

    RowReader(Path file, Columns columns, PdfLocator locator) {
        this.file = file;
        this.columns = columns;
        this.locator = locator;
    }

    /** The invoice of {@code row}, and whether its amounts were negated (its lines must be too). */
    record Read(Invoice invoice, boolean negated) {
    }

    Read read(CsvTable.Row row) {
        SourcePosition at = new SourcePosition(file, row.line());
        List<InputProblem> problems = new ArrayList<>();
        String number = columns.get(row, "numero_facture"); //$NON-NLS-1$
        LocalDate date = date(row, "date_facture", true, at, problems); //$NON-NLS-1$
        InvoiceType type = InvoiceType.FACTURE;
        String typeText = columns.get(row, "type_facture"); //$NON-NLS-1$
        if (typeText != null) {
            type = InvoiceType.parse(typeText);
            if (type == null) {
                problems.add(new InputProblem(at, "type_facture", NLS.bind(Messages.Source_typeInvalid, typeText))); //$NON-NLS-1$
                type = InvoiceType.FACTURE;
            }
        }
        BigDecimal ht = amount(row, "montant_ht", at, problems); //$NON-NLS-1$
        BigDecimal tva = amount(row, "montant_tva", at, problems); //$NON-NLS-1$
        BigDecimal ttc = amount(row, "montant_ttc", at, problems); //$NON-NLS-1$
        boolean negated = isNegative(ttc) || (ttc == null && isNegative(ht));
        if (negated) {
            type = InvoiceType.AVOIR;
            ht = abs(ht);
            tva = abs(tva);
            ttc = abs(ttc);
        }
        BigDecimal rate = amount(row, "taux_tva", at, problems); //$NON-NLS-1$
        String pdfReference = columns.get(row, "fichier_pdf"); //$NON-NLS-1$
        List<Path> attachments = new ArrayList<>();
        String extra = columns.get(row, "pieces_jointes"); //$NON-NLS-1$
        if (extra != null) {
            for (String ref : extra.split("\\|")) { //$NON-NLS-1$
                if (!ref.isBlank()) {
                    Path p = locator.file(ref);
                    attachments.add(p != null ? p : Path.of(ref.strip()));
                }
            }
        }
        Invoice invoice = new Invoice(number, date, type, columns.get(row, "siret_client"), //$NON-NLS-1$
                columns.get(row, "nom_client"), columns.get(row, "code_service"), //$NON-NLS-1$ //$NON-NLS-2$
                columns.get(row, "numero_engagement"), columns.get(row, "numero_marche"), ht, tva, ttc, rate, //$NON-NLS-1$ //$NON-NLS-2$
                orDefault(columns.get(row, "devise"), Invoice.DEFAULT_CURRENCY), //$NON-NLS-1$
                orDefault(columns.get(row, "cadre_facturation"), Invoice.DEFAULT_FRAMEWORK), pdfReference, //$NON-NLS-1$
                locator.invoicePdf(pdfReference, number), date(row, "date_echeance", false, at, problems), //$NON-NLS-1$
                orDefault(columns.get(row, "mode_paiement"), Invoice.DEFAULT_PAYMENT_MEANS), //$NON-NLS-1$
                columns.get(row, "iban"), columns.get(row, "code_structure_valideur"), attachments, List.of(), at, //$NON-NLS-1$ //$NON-NLS-2$
                problems);
        return new Read(invoice, negated);
    }

    private LocalDate date(CsvTable.Row row, String field, boolean required, SourcePosition at,
            List<InputProblem> problems) {
        String text = columns.get(row, field);
        if (text == null) {
            if (required) {
                problems.add(new InputProblem(at, field, Messages.Source_dateMissing));
            }
            return null;
        }
        LocalDate d = Values.date(text);
        if (d == null) {
            problems.add(new InputProblem(at, field, NLS.bind(Messages.Source_dateInvalid, text)));
        }
        return d;
    }

    private BigDecimal amount(CsvTable.Row row, String field, SourcePosition at, List<InputProblem> problems) {
        String text = columns.get(row, field);
        if (text == null) {
            return null;
        }
        BigDecimal v = Values.amount(text);
        if (v == null) {
            problems.add(new InputProblem(at, field, NLS.bind(Messages.Source_amountInvalid, text)));
        }
        return v;
    }

    private static boolean isNegative(BigDecimal v) {
        return v != null && v.signum() < 0;
    }

    private static BigDecimal abs(BigDecimal v) {
        return v == null ? null : v.abs();
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }
}
