// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.model;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.choral.ui.tracking.internal.i18n.Messages;

/**
 * The rows shown, as a spreadsheet opens them in France: {@code ;} between fields, UTF-8 with a
 * byte-order mark (so accents survive), the user's column titles, then the raw codes so that the
 * file can also be read by a program. Written beside the target and moved into place.
 */
public final class CsvExport {

    private static final char BOM = '\uFEFF';

    private CsvExport() {
    }

    public static void write(List<TrackingRow> rows, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(parent, ".tracking", ".csv.tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(BOM);
            line(w, Messages.Column_number, Messages.Column_flux, Messages.Column_deposited, Messages.Column_status,
                    Messages.Column_changed, Messages.Column_errors, Messages.Csv_portalStatus, Messages.Csv_ledgerStatus,
                    Messages.Csv_flag);
            for (TrackingRow r : rows) {
                line(w, r.number(), r.fluxNumber(), Dates.format(r.invoice().depositedAt()), r.status(),
                        Dates.format(r.lastChange()), r.errors(), nonNull(r.invoice().portalStatus()),
                        r.invoice().status().name(), r.invoice().flag() == null ? "" : r.invoice().flag().name()); //$NON-NLS-1$
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    private static void line(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(';');
            }
            w.write(quote(fields[i]));
        }
        w.write("\r\n"); //$NON-NLS-1$
    }

    static String quote(String field) {
        if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
