// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.control.Anomaly;
import org.choral.sources.internal.i18n.Messages;

/**
 * Writes a list of anomalies as CSV for French Excel: {@code ;} separated, UTF-8 with a byte-order
 * mark (without it Excel reads the accents as Windows-1252), CRLF line ends. The file is written
 * next to its target and moved into place, so an interrupted export never leaves half a file.
 *
 * @since 0.1
 */
public final class AnomalyCsv {

    private static final char SEPARATOR = ';';
    private static final String BOM = "\uFEFF"; //$NON-NLS-1$
    private static final String EOL = "\r\n"; //$NON-NLS-1$

    private AnomalyCsv() {
    }

    /** Writes {@code rows} (those of {@link ReportRows#anomalies}) to {@code file}, replacing it. */
    public static void write(List<ReportRow> rows, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part"); //$NON-NLS-1$
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(BOM);
                writeLine(w, header());
                for (ReportRow row : rows) {
                    writeLine(w, cells(row));
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static List<String> header() {
        List<String> h = new ArrayList<>();
        h.add(ReportColumn.NUMBER.title());
        h.add(Messages.Report_client);
        h.add(Messages.Report_code);
        h.add(Messages.Report_severity);
        h.add(ReportColumn.ANOMALY.title());
        h.add(Messages.Report_line);
        h.add(Messages.Report_field);
        for (ReportColumn c : ReportColumn.values()) {
            if (c != ReportColumn.NUMBER && c != ReportColumn.ANOMALY) {
                h.add(c.title());
            }
        }
        return h;
    }

    static List<String> cells(ReportRow row) {
        Anomaly a = row.anomaly();
        List<String> c = new ArrayList<>();
        c.add(ReportColumn.NUMBER.text(row, null));
        c.add(row.client());
        c.add(a == null ? "" : a.code()); //$NON-NLS-1$
        c.add(a == null ? "" : a.isError() ? Messages.Report_error : Messages.Report_warning); //$NON-NLS-1$
        c.add(row.anomalyText());
        c.add(a == null || a.line() == null ? "" : a.line().toString()); //$NON-NLS-1$
        c.add(a == null || a.field() == null ? "" : a.field()); //$NON-NLS-1$
        for (ReportColumn col : ReportColumn.values()) {
            if (col == ReportColumn.NUMBER || col == ReportColumn.ANOMALY) {
                continue;
            }
            if (col.isFlag()) {
                Object v = col.value(row);
                c.add(v == null ? "" : (Boolean) v ? Messages.Report_yes : Messages.Report_no); //$NON-NLS-1$
            } else {
                c.add(col.text(row, null));
            }
        }
        return c;
    }

    private static void writeLine(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(SEPARATOR);
            }
            w.write(quote(cells.get(i)));
        }
        w.write(EOL);
    }

    static String quote(String cell) {
        if (cell.indexOf(SEPARATOR) < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
                && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
