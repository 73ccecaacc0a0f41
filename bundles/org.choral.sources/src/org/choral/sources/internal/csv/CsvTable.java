// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file read: its header cells, its data rows with their line numbers, and what was detected.
 *
 * @param file the file
 * @param headers the first row's cells, trimmed
 * @param rows the data rows (blank rows dropped)
 * @param separator the detected separator
 * @param charset the detected encoding
 */
public record CsvTable(Path file, List<String> headers, List<Row> rows, char separator, Charset charset) {

    /** One data row; {@code line} is the physical line where it starts (the header is line 1). */
    public record Row(int line, List<String> cells) {

        /** The cell at {@code index} trimmed, or {@code null} when absent or blank. */
        public String get(int index) {
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            String v = cells.get(index).trim();
            return v.isEmpty() ? null : v;
        }
    }
}
