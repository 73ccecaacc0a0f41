// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.testdata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an XLSX workbook row by row, as Excel lays it out: shared strings, cell references,
 * numbers as numeric cells and booleans as boolean cells. Only the sheets are streamed; the shared
 * strings are kept until {@link #close()}.
 *
 * @since 0.1
 */
public final class XlsxWriter implements AutoCloseable {

    private final ZipOutputStream zip;
    private final Writer writer;
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private final List<String> sheets = new ArrayList<>();
    private long stringCount;
    private int row;

    public XlsxWriter(Path file) throws IOException {
        zip = new ZipOutputStream(Files.newOutputStream(file));
        writer = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Starts a new sheet called {@code name}; rows go to it until {@link #endSheet()}. */
    public void startSheet(String name) throws IOException {
        sheets.add(name);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets.size() + ".xml")); //$NON-NLS-1$ //$NON-NLS-2$
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"" //$NON-NLS-1$
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>"); //$NON-NLS-1$
        row = 0;
    }

    /**
     * One row: a {@link String} is a shared string, a {@link Number} a numeric cell, a
     * {@link Boolean} a boolean cell, {@code null} no cell.
     */
    public void row(Object... cells) throws IOException {
        row++;
        writer.write("<row r=\""); //$NON-NLS-1$
        writer.write(Integer.toString(row));
        writer.write("\">"); //$NON-NLS-1$
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            if (cell == null) {
                continue;
            }
            writer.write("<c r=\""); //$NON-NLS-1$
            writer.write(column(i));
            writer.write(Integer.toString(row));
            if (cell instanceof Boolean b) {
                writer.write("\" t=\"b\"><v>"); //$NON-NLS-1$
                writer.write(b.booleanValue() ? "1" : "0"); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (cell instanceof Number n) {
                writer.write("\"><v>"); //$NON-NLS-1$
                writer.write(n.toString());
            } else {
                writer.write("\" t=\"s\"><v>"); //$NON-NLS-1$
                writer.write(Integer.toString(shared(cell.toString())));
            }
            writer.write("</v></c>"); //$NON-NLS-1$
        }
        writer.write("</row>"); //$NON-NLS-1$
    }

    public void endSheet() throws IOException {
        writer.write("</sheetData></worksheet>"); //$NON-NLS-1$
        writer.flush();
        zip.closeEntry();
    }

    private int shared(String s) {
        stringCount++;
        return strings.computeIfAbsent(s, k -> Integer.valueOf(strings.size())).intValue();
    }

    static String column(int index) {
        StringBuilder b = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            b.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;"); //$NON-NLS-1$
                case '<' -> b.append("&lt;"); //$NON-NLS-1$
                case '>' -> b.append("&gt;"); //$NON-NLS-1$
                case '"' -> b.append("&quot;"); //$NON-NLS-1$
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        writer.write(content);
        writer.flush();
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml")); //$NON-NLS-1$
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" //$NON-NLS-1$
                + stringCount + "\" uniqueCount=\"" + strings.size() + "\">"); //$NON-NLS-1$ //$NON-NLS-2$
        for (String s : strings.keySet()) {
            writer.write("<si><t xml:space=\"preserve\">"); //$NON-NLS-1$
            writer.write(escape(s));
            writer.write("</t></si>"); //$NON-NLS-1$
        }
        writer.write("</sst>"); //$NON-NLS-1$
        writer.flush();
        zip.closeEntry();
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"" //$NON-NLS-1$
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"); //$NON-NLS-1$
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"); //$NON-NLS-1$
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" //$NON-NLS-1$
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" //$NON-NLS-1$
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" //$NON-NLS-1$
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" //$NON-NLS-1$
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"); //$NON-NLS-1$
        for (int i = 1; i <= sheets.size(); i++) {
            workbook.append("<sheet name=\"").append(escape(sheets.get(i - 1))).append("\" sheetId=\"").append(i) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("\" r:id=\"rId").append(i).append("\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
            rels.append("<Relationship Id=\"rId").append(i) //$NON-NLS-1$
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"") //$NON-NLS-1$
                    .append(" Target=\"worksheets/sheet").append(i).append(".xml\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i) //$NON-NLS-1$
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"); //$NON-NLS-1$
        }
        rels.append("<Relationship Id=\"rId").append(sheets.size() + 1) //$NON-NLS-1$
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\"") //$NON-NLS-1$
                .append(" Target=\"sharedStrings.xml\"/></Relationships>"); //$NON-NLS-1$
        entry("xl/workbook.xml", workbook.append("</sheets></workbook>").toString()); //$NON-NLS-1$ //$NON-NLS-2$
        entry("xl/_rels/workbook.xml.rels", rels.toString()); //$NON-NLS-1$
        entry("[Content_Types].xml", types.append("</Types>").toString()); //$NON-NLS-1$ //$NON-NLS-2$
        entry("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" //$NON-NLS-1$
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"" //$NON-NLS-1$
                + " Target=\"xl/workbook.xml\"/></Relationships>"); //$NON-NLS-1$
        zip.close();
    }

    /** Lets the writer be flushed per entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
