// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.testdata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CSV file as a spreadsheet saves it: one header line, fields quoted only when they hold
 * the separator, a quote or a line break, CRLF line ends.
 *
 * @since 0.1
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer writer;
    private final char separator;

    public CsvWriter(Path file, Charset charset, char separator) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16);
        this.separator = separator;
    }

    /** One record; {@code null} is an empty field, booleans are written as by {@code String.valueOf}. */
    public void row(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(separator);
            }
            String text = cells[i] == null ? "" : cells[i].toString(); //$NON-NLS-1$
            if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                writer.write('"');
                writer.write(text.replace("\"", "\"\"")); //$NON-NLS-1$ //$NON-NLS-2$
                writer.write('"');
            } else {
                writer.write(text);
            }
        }
        writer.write("\r\n"); //$NON-NLS-1$
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
