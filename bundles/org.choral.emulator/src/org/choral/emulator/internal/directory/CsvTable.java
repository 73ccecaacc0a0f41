// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.directory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read whole: header row, {@code ;} or {@code ,} (whichever the header uses more),
 * double-quoted fields with doubled quotes, UTF-8 with or without BOM (Windows-1252 when it is not
 * UTF-8). Columns are found by header name, trimmed and case-insensitively, never by position.
 */
public final class CsvTable {

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    private CsvTable() {
    }

    public static CsvTable parse(byte[] bytes) {
        String text = decode(bytes);
        if (text.startsWith("\ufeff")) { //$NON-NLS-1$
            text = text.substring(1);
        }
        int eol = text.indexOf('\n');
        String header = eol < 0 ? text : text.substring(0, eol);
        char sep = count(header, ';') >= count(header, ',') ? ';' : ',';
        CsvTable table = new CsvTable();
        List<List<String>> records = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        split(text, sep, records, starts);
        if (records.isEmpty()) {
            return table;
        }
        List<String> head = records.get(0);
        for (int i = 0; i < head.size(); i++) {
            table.columns.putIfAbsent(head.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                continue;
            }
            table.rows.add(rec.toArray(new String[0]));
            table.lines.add(starts.get(r));
        }
        return table;
    }

    /** A table from rows already split (first row = header), e.g. an XLSX sheet. */
    public static CsvTable of(List<List<String>> records) {
        CsvTable table = new CsvTable();
        if (records.isEmpty()) {
            return table;
        }
        List<String> head = records.get(0);
        for (int i = 0; i < head.size(); i++) {
            table.columns.putIfAbsent(head.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (int r = 1; r < records.size(); r++) {
            table.rows.add(records.get(r).toArray(new String[0]));
            table.lines.add(r + 1);
        }
        return table;
    }

    public boolean has(String column) {
        return columns.containsKey(column.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return rows.size();
    }

    /** The file line where row {@code row} starts (1-based, header is line 1). */
    public int line(int row) {
        return lines.get(row);
    }

    /** The trimmed cell, or {@code ""} when the column or the cell is missing. */
    public String get(int row, String column) {
        Integer i = columns.get(column.toLowerCase(Locale.ROOT));
        String[] r = rows.get(row);
        return i == null || i >= r.length ? "" : r[i].trim(); //$NON-NLS-1$
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252")); //$NON-NLS-1$
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    private static void split(String text, char sep, List<List<String>> records, List<Integer> starts) {
        List<String> rec = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == sep) {
                rec.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                rec.add(cell.toString());
                cell.setLength(0);
                records.add(rec);
                starts.add(recordStart);
                rec = new ArrayList<>();
                line++;
                recordStart = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !rec.isEmpty()) {
            rec.add(cell.toString());
            records.add(rec);
            starts.add(recordStart);
        }
    }
}
