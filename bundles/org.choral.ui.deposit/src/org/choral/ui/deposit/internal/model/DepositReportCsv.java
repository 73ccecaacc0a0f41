// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The deposit report as CSV for a spreadsheet: {@code ;} separated with a UTF-8 BOM (so that the
 * French accents open right in Excel), the three columns of the table under their French titles.
 * Written to a temporary file then moved, so a failed export never leaves half a report.
 */
public final class DepositReportCsv {

    private DepositReportCsv() {
    }

    public static void write(List<String> headers, List<DepositRow> rows, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".deposit", ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                line(w, headers);
                for (DepositRow r : rows) {
                    line(w, List.of(r.invoiceNumber(), r.file(), r.report()));
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(';');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n"); //$NON-NLS-1$
    }

    /** Quoted when it holds the separator, a quote or a line break (RFC 4180 style). */
    static String cell(String value) {
        String v = value == null ? "" : value; //$NON-NLS-1$
        if (v.indexOf(';') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
