// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.choral.core.internal.i18n.Messages;

/**
 * Whether a file is a readable PDF, cheaply: the {@code %PDF-} header and the {@code %%EOF}
 * trailer, then PDFBox parses the cross-reference and counts the pages (nothing is rendered).
 */
public final class PdfInspector {

    private static final int TAIL = 1024;
    private static final long IN_MEMORY = 1024L * 1024;
    private static final String HEADER = "%PDF-"; //$NON-NLS-1$
    private static final String TRAILER = "%%EOF"; //$NON-NLS-1$

    private PdfInspector() {
    }

    /** Why {@code file} is not a readable PDF, or {@code null} when it is. */
    public static String problem(Path file) {
        try {
            if (Files.size(file) <= IN_MEMORY) {
                // typical invoice PDFs: one read, then PDFBox parses from memory
                return problem(Files.readAllBytes(file));
            }
            String quick = headerAndTrailer(file);
            if (quick != null) {
                return quick;
            }
            try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file))) {
                return doc.getNumberOfPages() > 0 ? null : Messages.Control_pdfNoPage;
            }
        } catch (IOException | RuntimeException e) {
            return failure(e);
        }
    }

    private static String problem(byte[] bytes) {
        int edge = Math.min(TAIL, bytes.length);
        if (!new String(bytes, 0, edge, StandardCharsets.ISO_8859_1).contains(HEADER)) {
            return Messages.Control_pdfNoHeader;
        }
        if (!new String(bytes, bytes.length - edge, edge, StandardCharsets.ISO_8859_1).contains(TRAILER)) {
            return Messages.Control_pdfNoTrailer;
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return doc.getNumberOfPages() > 0 ? null : Messages.Control_pdfNoPage;
        } catch (IOException | RuntimeException e) {
            return failure(e);
        }
    }

    // PDFBox reports broken files with runtime exceptions too; either way the file is unreadable
    private static String failure(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static String headerAndTrailer(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) { //$NON-NLS-1$
            long length = raf.length();
            byte[] head = new byte[(int) Math.min(TAIL, length)];
            raf.readFully(head);
            // the header may follow a few bytes of junk (allowed by readers, and by Chorus)
            if (!new String(head, StandardCharsets.ISO_8859_1).contains(HEADER)) {
                return Messages.Control_pdfNoHeader;
            }
            byte[] tail = new byte[(int) Math.min(TAIL, length)];
            raf.seek(length - tail.length);
            raf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains(TRAILER)) {
                return Messages.Control_pdfNoTrailer;
            }
            return null;
        }
    }
}
