// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.choral.core.api.flux.FluxException;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceLine;
import org.choral.flux.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The lines and VAT breakdown written in an XML invoice. From the invoice's lines when it has
 * some (and the format uses them); otherwise one line per VAT rate derived from the header totals,
 * labelled with the invoice number, so that the XML always matches the PDF's totals.
 *
 * @param lines the lines to write (never empty)
 * @param groups one per VAT rate, rates ascending
 * @param lineTotal sum of line net amounts (BT-106 = BT-109)
 * @param taxTotal total VAT (BT-110)
 * @param grandTotal total with VAT (BT-112 = BT-115)
 */
public record Amounts(List<Line> lines, List<VatGroup> groups, BigDecimal lineTotal, BigDecimal taxTotal,
        BigDecimal grandTotal) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One line as written. */
    public record Line(String label, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal net,
            BigDecimal rate) {
    }

    /** One VAT rate's taxable base and tax. */
    public record VatGroup(BigDecimal rate, BigDecimal base, BigDecimal tax) {

        /** UNCL 5305: {@code S} standard rate, {@code Z} zero rate. */
        public String category() {
            return category(rate);
        }

        public static String category(BigDecimal rate) {
            return rate.signum() == 0 ? "Z" : "S"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * The amounts of {@code invoice}.
     *
     * @param useLines whether the invoice's own lines are written (E1) or lines derived from the
     *            totals (E2 minimal)
     * @throws FluxException when the totals needed are missing
     */
    public static Amounts of(Invoice invoice, boolean useLines) throws FluxException {
        if (useLines && !invoice.lines().isEmpty()) {
            return fromLines(invoice);
        }
        return fromTotals(invoice);
    }

    private static Amounts fromTotals(Invoice inv) throws FluxException {
        BigDecimal net = inv.amountWithoutTax();
        if (net == null) {
            throw new FluxException(inv.number(), NLS.bind(Messages.Flux_amountMissing, inv.number(), "montant_ht")); //$NON-NLS-1$
        }
        net = money(net);
        BigDecimal rate = headerRate(inv, net);
        BigDecimal tax = inv.taxAmount() != null ? money(inv.taxAmount()) : taxOf(net, rate);
        String label = NLS.bind(Messages.Flux_derivedLine, inv.number(), rate.stripTrailingZeros().toPlainString());
        Line line = new Line(label, BigDecimal.ONE, InvoiceLine.DEFAULT_UNIT, net, net, rate);
        return new Amounts(List.of(line), List.of(new VatGroup(rate, net, tax)), net, tax, net.add(tax));
    }

    private static Amounts fromLines(Invoice inv) throws FluxException {
        List<Line> lines = new ArrayList<>();
        Map<BigDecimal, BigDecimal> bases = new TreeMap<>();
        for (InvoiceLine l : inv.lines()) {
            BigDecimal net = l.netAmount();
            BigDecimal rate = l.vatRate() != null ? l.vatRate() : inv.vatRate();
            if (net == null || rate == null) {
                throw new FluxException(inv.number(), NLS.bind(Messages.Flux_lineIncomplete, inv.number(), l.label()));
            }
            rate = rate.stripTrailingZeros();
            String unit = l.unit() == null ? InvoiceLine.DEFAULT_UNIT : l.unit();
            String label = l.label() == null ? inv.number() : l.label();
            lines.add(new Line(label, l.quantity(), unit, l.unitPrice(), net, rate));
            bases.merge(rate, net, BigDecimal::add);
        }
        List<VatGroup> groups = new ArrayList<>();
        BigDecimal lineTotal = BigDecimal.ZERO.setScale(2);
        BigDecimal taxTotal = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<BigDecimal, BigDecimal> e : bases.entrySet()) {
            BigDecimal tax = taxOf(e.getValue(), e.getKey());
            groups.add(new VatGroup(e.getKey(), money(e.getValue()), tax));
            lineTotal = lineTotal.add(e.getValue());
            taxTotal = taxTotal.add(tax);
        }
        // with one rate the header's VAT is the one printed on the PDF: keep it when it only
        // differs by the rounding of the lines
        if (groups.size() == 1 && inv.taxAmount() != null
                && inv.taxAmount().subtract(taxTotal).abs().compareTo(new BigDecimal("0.01")) <= 0) { //$NON-NLS-1$
            VatGroup g = groups.get(0);
            taxTotal = money(inv.taxAmount());
            groups.set(0, new VatGroup(g.rate(), g.base(), taxTotal));
        }
        lineTotal = money(lineTotal);
        return new Amounts(lines, groups, lineTotal, taxTotal, lineTotal.add(taxTotal));
    }

    private static BigDecimal headerRate(Invoice inv, BigDecimal net) {
        if (inv.vatRate() != null) {
            return inv.vatRate().stripTrailingZeros();
        }
        if (inv.taxAmount() == null || net.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return inv.taxAmount().multiply(HUNDRED).divide(net, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal taxOf(BigDecimal base, BigDecimal rate) {
        return money(base.multiply(rate).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
