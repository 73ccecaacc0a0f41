// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceLine;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourceFormat;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The fields of one UBL or CII invoice as they are found, and the values that could not be read
 * (each an {@link InputProblem} naming the element and the canonical field), turned into an
 * {@link Invoice} once the whole document was walked.
 */
final class InvoiceDraft {

    private static final DateTimeFormatter CII_102 = DateTimeFormatter.BASIC_ISO_DATE;

    final SourcePosition at;
    final SourceFormat format;
    final List<InputProblem> problems = new ArrayList<>();
    final List<InvoiceLine> lines = new ArrayList<>();
    final List<Path> attachments = new ArrayList<>();
    String number;
    LocalDate date;
    InvoiceType type = InvoiceType.FACTURE;
    String siret;
    String clientName;
    String serviceCode;
    String engagement;
    String marketNumber;
    BigDecimal amountWithoutTax;
    BigDecimal taxAmount;
    BigDecimal amountWithTax;
    BigDecimal vatRate;
    String currency;
    String framework;
    String pdfReference;
    Path pdf;
    LocalDate dueDate;
    String paymentMeans;
    String iban;

    InvoiceDraft(Path file, SourceFormat format) {
        this.at = SourcePosition.of(file);
        this.format = format;
    }

    /** The type of a UNTDID 1001 code; {@code fallback} (and a problem) for one Chorus does not take. */
    InvoiceType type(String code, String element, InvoiceType fallback) {
        if (code == null) {
            return fallback;
        }
        InvoiceType type = InvoiceType.ofDocumentCode(code);
        if (type != null) {
            return type;
        }
        problem("type_facture", element, NLS.bind(Messages.Source_typeInvalid, code)); //$NON-NLS-1$
        return fallback;
    }

    BigDecimal amount(String text, String field, String element) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problem(field, element, NLS.bind(Messages.Source_amountInvalid, text));
            return null;
        }
    }

    /** A date written {@code YYYY-MM-DD} (UBL, CII format 203 prefix) or {@code YYYYMMDD} (CII format 102). */
    LocalDate date(String text, String field, String element) {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() >= 10 && text.charAt(4) == '-') {
                return LocalDate.parse(text.substring(0, 10)); // UBL may add a time zone
            }
            return LocalDate.parse(text.length() > 8 ? text.substring(0, 8) : text, CII_102);
        } catch (DateTimeParseException e) {
            problem(field, element, NLS.bind(Messages.Source_dateInvalid, text));
            return null;
        }
    }

    void problem(String field, String element, String message) {
        problems.add(new InputProblem(at, field, NLS.bind(Messages.Source_xmlElement, element, message)));
    }

    /**
     * A credit note written as an invoice with negative totals becomes an AVOIR with positive amounts
     * (what the CSV source does, and what Chorus expects); its lines' quantities change sign too.
     */
    Invoice build() {
        if (date == null && !problems.stream().anyMatch(p -> "date_facture".equals(p.field()))) { //$NON-NLS-1$
            problems.add(new InputProblem(at, "date_facture", Messages.Source_dateMissing)); //$NON-NLS-1$
        }
        boolean negative = amountWithTax != null ? amountWithTax.signum() < 0
                : amountWithoutTax != null && amountWithoutTax.signum() < 0;
        List<InvoiceLine> finalLines = lines;
        if (negative) {
            type = InvoiceType.AVOIR;
            amountWithoutTax = abs(amountWithoutTax);
            taxAmount = abs(taxAmount);
            amountWithTax = abs(amountWithTax);
            finalLines = lines.stream().map(l -> new InvoiceLine(l.label(),
                    l.quantity() == null ? null : l.quantity().negate(), l.unit(), l.unitPrice(), l.vatRate(),
                    l.position())).toList();
        }
        if (paymentMeans == null && type == InvoiceType.FACTURE) {
            paymentMeans = Invoice.DEFAULT_PAYMENT_MEANS;
        }
        return new Invoice(number, date, type, siret, clientName, serviceCode, engagement, marketNumber,
                amountWithoutTax, taxAmount, amountWithTax, vatRate, currency == null ? Invoice.DEFAULT_CURRENCY : currency,
                framework == null ? Invoice.DEFAULT_FRAMEWORK : framework, pdfReference, pdf, dueDate, paymentMeans,
                iban, null, attachments, finalLines, at, problems, format);
    }

    private static BigDecimal abs(BigDecimal v) {
        return v == null ? null : v.abs();
    }
}
