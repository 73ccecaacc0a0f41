// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.directory.internal.i18n.Messages;

/**
 * Reads a directory sheet saved as CSV: {@code ;} or {@code ,} separated (whichever the header line
 * uses), UTF-8 (with or without BOM) or Windows-1252 (what Excel writes on a French Windows),
 * RFC 4180 quoting with fields spanning lines.
 */
public final class CsvReader {

    /** Windows-1252, the encoding of a CSV saved by a French Excel. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252"); //$NON-NLS-1$
    private static final int BUFFER = 1 << 16;
    private static final int PROGRESS_EVERY_ROWS = 2048;

    private final Reader in;
    private final char separator;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private long charsRead;

    private CsvReader(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** UTF-8 when every byte of the file decodes as UTF-8, else Windows-1252. */
    public static Charset detectCharset(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        try (InputStream stream = Files.newInputStream(file)) {
            int n;
            while ((n = stream.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + n);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return WINDOWS_1252;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, true);
            return result.isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
        }
    }

    /** The separator the header line uses most: {@code ;} unless {@code ,} is more frequent. */
    static char detectSeparator(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** The header line of {@code file}, decoded with {@code charset}, BOM removed. */
    public static String firstLine(Path file, Charset charset) throws IOException {
        try (Reader r = new InputStreamReader(Files.newInputStream(file), charset)) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = r.read()) >= 0 && c != '\n' && c != '\r' && line.length() < BUFFER) {
                if (c != '\uFEFF' || line.length() > 0) {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    /**
     * Streams the records of {@code file} to {@code handler}.
     *
     * @param charsRead told, now and then, how many characters were read
     */
    public static void read(Path file, String fileName, Charset charset, RowHandler handler, LongConsumer charsRead)
            throws DirectoryImportException {
        try {
            char separator = detectSeparator(firstLine(file, charset));
            try (Reader r = new InputStreamReader(Files.newInputStream(file), charset)) {
                new CsvReader(r, separator).parse(fileName, handler, charsRead);
            }
        } catch (IOException e) {
            throw Failures.of(fileName, Messages.Import_unreadable, e);
        }
    }

    private int next() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
            charsRead += len;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        int c = next();
        if (c >= 0) {
            pos--;
        }
        return c;
    }

    private void parse(String fileName, RowHandler handler, LongConsumer progress)
            throws IOException, DirectoryImportException {
        List<String> fields = new ArrayList<>(24);
        StringBuilder field = new StringBuilder(64);
        boolean inQuotes = false;
        boolean wasQuoted = false;
        long line = 1;
        long recordLine = 1;
        long records = 0;
        boolean first = true;
        int c;
        while ((c = next()) >= 0) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        next();
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                inQuotes = true;
                wasQuoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                handler.row(recordLine, fields.toArray(new String[0]));
                fields.clear();
                line++;
                recordLine = line;
                if (++records % PROGRESS_EVERY_ROWS == 0) {
                    progress.accept(charsRead);
                }
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (inQuotes) {
            throw Failures.of(fileName, Messages.Import_unclosedQuote, Long.valueOf(recordLine));
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            handler.row(recordLine, fields.toArray(new String[0]));
        }
        progress.accept(charsRead);
    }
}
