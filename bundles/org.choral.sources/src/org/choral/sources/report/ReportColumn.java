// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.report;

import java.util.function.Function;

import org.choral.core.api.control.DirectoryFlags;
import org.choral.core.api.invoice.Invoice;
import org.choral.sources.internal.i18n.Messages;

/**
 * The columns of the reference tool's two lists, in its order. A flag column's value is
 * {@code Boolean} ({@code null} where it does not apply); every other column's is text.
 *
 * @since 0.1
 */
public enum ReportColumn {
    NUMBER(Messages.Report_number, r -> text(r.result().invoice().number())),
    ANOMALY(Messages.Report_anomaly, ReportRow::anomalyText),
    ENGAGEMENT(Messages.Report_engagement, r -> text(r.result().invoice().engagement())),
    MARKET(Messages.Report_market, r -> text(r.result().invoice().marketNumber())),
    SERVICE(Messages.Report_service, r -> text(r.result().invoice().serviceCode())),
    STA(DirectoryFlags.NAMES[0], r -> r.result().flags().structureActive()),
    STGE(DirectoryFlags.NAMES[1], r -> r.result().flags().structureEngagementRequired()),
    STGS(DirectoryFlags.NAMES[2], r -> r.result().flags().structureServiceRequired()),
    STGSE(DirectoryFlags.NAMES[3], r -> r.result().flags().structureServiceOrEngagementRequired()),
    SVA(DirectoryFlags.NAMES[4], r -> r.result().flags().serviceActive()),
    SVGE(DirectoryFlags.NAMES[5], r -> r.result().flags().serviceEngagementRequired()),
    SIRET(Messages.Report_siret, r -> text(r.result().siret())),
    ATTACHMENT(Messages.Report_attachment, ReportColumn::attachment);

    private final String title;
    private final Function<ReportRow, Object> value;

    ReportColumn(String title, Function<ReportRow, Object> value) {
        this.title = title;
        this.value = value;
    }

    /** The French (or English) header. */
    public String title() {
        return title;
    }

    public boolean isFlag() {
        return ordinal() >= STA.ordinal() && ordinal() <= SVGE.ordinal();
    }

    /** The raw value: a {@code String} (never {@code null}) or, for a flag, a {@code Boolean} or {@code null}. */
    public Object value(ReportRow row) {
        return value.apply(row);
    }

    /** The value as text: a flag is {@code flagTrue} when set, empty otherwise. */
    public String text(ReportRow row, String flagTrue) {
        Object v = value(row);
        if (isFlag()) {
            return Boolean.TRUE.equals(v) ? flagTrue : ""; //$NON-NLS-1$
        }
        return (String) v;
    }

    private static Object attachment(ReportRow row) {
        Invoice i = row.result().invoice();
        if (i.pdf() != null) {
            return i.pdf().toString();
        }
        return text(i.pdfReference());
    }

    private static String text(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}
