// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file is, told from its first bytes rather than its name: ERPs and mail clients produce
 * {@code .PDF}, {@code .dat} or extension-less files, and a {@code .txt} may well hold XML.
 */
public enum FileKind {
    PDF, XML, TEXT, OTHER;

    private static final int HEAD = 1024;

    /** The kind of {@code file}; {@link #OTHER} when it cannot be read (the source will say why). */
    public static FileKind of(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return OTHER;
        }
        return of(head);
    }

    /** The kind of a file whose first bytes are {@code head}. */
    public static FileKind of(byte[] head) {
        // PDF readers accept the header anywhere in the first kilobyte
        if (indexOf(head, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) >= 0) { //$NON-NLS-1$
            return PDF;
        }
        int i = 0;
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return utf16StartsWithTag(head) ? XML : TEXT;
        }
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            i = 3;
        }
        while (i < head.length && isSpace(head[i])) {
            i++;
        }
        if (i < head.length && head[i] == '<') {
            return XML;
        }
        for (byte b : head) {
            if (b == 0) {
                return OTHER;
            }
        }
        return head.length == 0 ? OTHER : TEXT;
    }

    /** The file's extension, lower case, without the dot ({@code ""} when none). */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    private static boolean utf16StartsWithTag(byte[] head) {
        for (int i = 2; i + 1 < head.length; i += 2) {
            int c = head[0] == (byte) 0xFE ? head[i + 1] : head[i];
            int other = head[0] == (byte) 0xFE ? head[i] : head[i + 1];
            if (other != 0) {
                return false;
            }
            if (!isSpace((byte) c)) {
                return c == '<';
            }
        }
        return false;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    private static int indexOf(byte[] data, byte[] what) {
        outer: for (int i = 0; i + what.length <= data.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
