// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file is, told by its content rather than its name: users save error pages as
 * {@code .xlsx} and rename CSV files.
 */
enum FileKind {
    /** A zip archive (an XLSX workbook or the API's archive). */
    ZIP,
    /** An HTML page (typically an error or login page saved in place of the file). */
    HTML,
    /** Some other XML document (the directory's XML edition, or anything else). */
    XML,
    /** Binary content that is neither: not a directory file. */
    BINARY,
    /** Text: read as CSV. */
    TEXT,
    /** An empty file. */
    EMPTY;

    private static final int SNIFF = 4096;

    static FileKind of(Path file) throws IOException {
        byte[] head = new byte[SNIFF];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, SNIFF);
        }
        if (n == 0) {
            return EMPTY;
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return ZIP;
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return BINARY;
            }
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1).replace("\u00ef\u00bb\u00bf", "") //$NON-NLS-1$ //$NON-NLS-2$
                .stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<")) { //$NON-NLS-1$
            return text.contains("<html") || text.startsWith("<!doctype html") ? HTML : XML; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return TEXT;
    }
}
