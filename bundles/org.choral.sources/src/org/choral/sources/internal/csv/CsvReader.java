// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the CSV files ERPs export: UTF-8 with or without BOM, else Windows-1252 (what French Excel
 * writes); separator {@code ;}, {@code ,} or tab, whichever the header line uses most; RFC 4180
 * quoting (a quoted cell may hold separators, doubled quotes and line breaks).
 */
public final class CsvReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252"); //$NON-NLS-1$
    private static final char[] SEPARATORS = { ';', ',', '\t' };

    private CsvReader() {
    }

    public static CsvTable read(Path file) throws InvoiceSourceException {
        return read(file, Integer.MAX_VALUE);
    }

    /**
     * The header and at most {@code maxRows} data rows, detected as {@link #read(Path)} does (the
     * whole file is decoded, so that a Windows-1252 byte far down still decides the encoding).
     */
    public static CsvTable readHead(Path file, int maxRows) throws InvoiceSourceException {
        return read(file, maxRows);
    }

    private static CsvTable read(Path file, int maxRows) throws InvoiceSourceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvoiceSourceException(SourcePosition.of(file),
                    NLS.bind(Messages.Source_fileUnreadable, file, e.toString()), e);
        }
        Charset charset = StandardCharsets.UTF_8;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                // not UTF-8: the other encoding French ERPs and Excel write
                charset = WINDOWS_1252;
                text = new String(bytes, WINDOWS_1252);
            }
        }
        char separator = detectSeparator(text);
        List<CsvTable.Row> records = parse(text, separator, maxRows == Integer.MAX_VALUE ? maxRows : maxRows + 1);
        if (records.isEmpty()) {
            throw new InvoiceSourceException(new SourcePosition(file, 1), NLS.bind(Messages.Source_fileEmpty, file));
        }
        List<String> headers = records.get(0).cells().stream().map(h -> h.strip()).toList();
        return new CsvTable(file, headers, records.subList(1, records.size()), separator, charset);
    }

    /** The separator the first line uses most, outside quotes; {@code ;} when none. */
    static char detectSeparator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    /** Records with the line they start on; blank records dropped. */
    static List<CsvTable.Row> parse(String text, char separator) {
        return parse(text, separator, Integer.MAX_VALUE);
    }

    /** At most {@code limit} records (the header counts). */
    static List<CsvTable.Row> parse(String text, char separator, int limit) {
        List<CsvTable.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int n = text.length();
        for (int i = 0; i < n && rows.size() < limit; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addRecord(rows, recordLine, cells);
                cells = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (rows.size() < limit && (cell.length() > 0 || !cells.isEmpty())) {
            cells.add(cell.toString());
            addRecord(rows, recordLine, cells);
        }
        return rows;
    }

    private static void addRecord(List<CsvTable.Row> rows, int line, List<String> cells) {
        if (cells.stream().anyMatch(s -> !s.isBlank())) {
            rows.add(new CsvTable.Row(line, List.copyOf(cells)));
        }
    }
}
