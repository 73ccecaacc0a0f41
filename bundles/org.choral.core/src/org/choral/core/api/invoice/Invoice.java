// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as read from a source, with every field of the canonical ERP export layout. Text
 * fields are trimmed, empty ones are {@code null}; amounts of a credit note are positive. Nothing
 * is validated here: that is the control's job, so that an invoice with a bad field is still shown
 * with its anomalies.
 *
 * @param number {@code numero_facture}
 * @param date {@code date_facture}, {@code null} when missing or unreadable
 * @param type {@code type_facture} ({@link InvoiceType#FACTURE} by default)
 * @param siret {@code siret_client}, as written in the source
 * @param clientName {@code nom_client}
 * @param serviceCode {@code code_service}
 * @param engagement {@code numero_engagement}
 * @param marketNumber {@code numero_marche}
 * @param amountWithoutTax {@code montant_ht}
 * @param taxAmount {@code montant_tva}
 * @param amountWithTax {@code montant_ttc}
 * @param vatRate {@code taux_tva}, in percent
 * @param currency {@code devise} (ISO 4217, {@code EUR} by default)
 * @param framework {@code cadre_facturation} ({@code A1} by default)
 * @param pdfReference {@code fichier_pdf} as written in the source, {@code null} when empty
 * @param pdf the PDF the matching rules designate (an existing file, or where it was expected), or
 *            {@code null} when no candidate could be named at all
 * @param dueDate {@code date_echeance}
 * @param paymentMeans {@code mode_paiement}, UNCL 4461 ({@code 30} = credit transfer by default)
 * @param iban {@code iban}
 * @param validatorSiret {@code code_structure_valideur} (A9/A12)
 * @param attachments {@code pieces_jointes}: extra attachments, resolved like the PDF
 * @param lines the invoice lines (from the optional lines file or the XML)
 * @param position where the invoice was read
 * @param problems what could not be read in its row
 * @param format the kind of document it was read from ({@link SourceFormat#FACTURX}: the PDF is
 *            deposited as it is)
 * @since 0.1
 */
public record Invoice(String number, LocalDate date, InvoiceType type, String siret, String clientName,
        String serviceCode, String engagement, String marketNumber, BigDecimal amountWithoutTax,
        BigDecimal taxAmount, BigDecimal amountWithTax, BigDecimal vatRate, String currency, String framework,
        String pdfReference, Path pdf, LocalDate dueDate, String paymentMeans, String iban,
        String validatorSiret, List<Path> attachments, List<InvoiceLine> lines, SourcePosition position,
        List<InputProblem> problems, SourceFormat format) {

    /** Default billing framework: ordinary supplier invoice. */
    public static final String DEFAULT_FRAMEWORK = "A1"; //$NON-NLS-1$
    /** Default payment means: credit transfer (UNCL 4461 code 30). */
    public static final String DEFAULT_PAYMENT_MEANS = "30"; //$NON-NLS-1$
    /** Default currency. */
    public static final String DEFAULT_CURRENCY = "EUR"; //$NON-NLS-1$

    public Invoice {
        attachments = List.copyOf(attachments);
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        format = format == null ? SourceFormat.CSV : format;
    }

    /** An invoice read from an ERP export ({@link SourceFormat#CSV}). */
    public Invoice(String number, LocalDate date, InvoiceType type, String siret, String clientName,
            String serviceCode, String engagement, String marketNumber, BigDecimal amountWithoutTax,
            BigDecimal taxAmount, BigDecimal amountWithTax, BigDecimal vatRate, String currency, String framework,
            String pdfReference, Path pdf, LocalDate dueDate, String paymentMeans, String iban,
            String validatorSiret, List<Path> attachments, List<InvoiceLine> lines, SourcePosition position,
            List<InputProblem> problems) {
        this(number, date, type, siret, clientName, serviceCode, engagement, marketNumber, amountWithoutTax,
                taxAmount, amountWithTax, vatRate, currency, framework, pdfReference, pdf, dueDate, paymentMeans,
                iban, validatorSiret, attachments, lines, position, problems, SourceFormat.CSV);
    }

    /** Whether {@link #pdf()} already is a Factur-X carrying this invoice (to be deposited as it is). */
    public boolean isFacturx() {
        return format == SourceFormat.FACTURX;
    }

    /** A copy with {@code more} lines appended (the lines file is read after the invoices). */
    public Invoice withLines(List<InvoiceLine> more) {
        List<InvoiceLine> all = new java.util.ArrayList<>(lines);
        all.addAll(more);
        return new Invoice(number, date, type, siret, clientName, serviceCode, engagement, marketNumber,
                amountWithoutTax, taxAmount, amountWithTax, vatRate, currency, framework, pdfReference, pdf,
                dueDate, paymentMeans, iban, validatorSiret, attachments, all, position, problems, format);
    }

    /** A copy with {@code more} problems appended. */
    public Invoice withProblems(List<InputProblem> more) {
        List<InputProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new Invoice(number, date, type, siret, clientName, serviceCode, engagement, marketNumber,
                amountWithoutTax, taxAmount, amountWithTax, vatRate, currency, framework, pdfReference, pdf,
                dueDate, paymentMeans, iban, validatorSiret, attachments, lines, position, all, format);
    }
}
