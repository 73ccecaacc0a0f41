// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A minimal streaming XLSX reader for the published directory: every sheet as rows of strings
 * (shared strings, inline strings, numbers — a SIRET stored as a number comes back as its digits).
 * DTDs and external entities are refused.
 */
public final class XlsxReader {

    private XlsxReader() {
    }

    /** Sheet name → rows (first row = header), in workbook order. */
    public static Map<String, List<List<String>>> read(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.equals("xl/workbook.xml") || name.equals("xl/_rels/workbook.xml.rels") //$NON-NLS-1$ //$NON-NLS-2$
                        || name.equals("xl/sharedStrings.xml") || name.startsWith("xl/worksheets/")) { //$NON-NLS-1$ //$NON-NLS-2$
                    parts.put(name, zip.readAllBytes());
                }
            }
        }
        try {
            List<String> shared = sharedStrings(parts.get("xl/sharedStrings.xml")); //$NON-NLS-1$
            Map<String, String> targets = relationships(parts.get("xl/_rels/workbook.xml.rels")); //$NON-NLS-1$
            Map<String, List<List<String>>> out = new LinkedHashMap<>();
            for (Map.Entry<String, String> sheet : sheets(parts.get("xl/workbook.xml")).entrySet()) { //$NON-NLS-1$
                String target = targets.get(sheet.getValue());
                if (target == null) {
                    continue;
                }
                String path = target.startsWith("/") ? target.substring(1) : "xl/" + target; //$NON-NLS-1$ //$NON-NLS-2$
                byte[] data = parts.get(path);
                if (data != null) {
                    out.put(sheet.getKey(), rows(data, shared));
                }
            }
            return out;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static XMLStreamReader open(byte[] data) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        InputStream in = new ByteArrayInputStream(data);
        return f.createXMLStreamReader(in);
    }

    private static List<String> sharedStrings(byte[] data) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        if (data == null) {
            return out;
        }
        XMLStreamReader r = open(data);
        StringBuilder cur = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && "si".equals(r.getLocalName())) { //$NON-NLS-1$
                cur = new StringBuilder();
            } else if (ev == XMLStreamConstants.START_ELEMENT && "t".equals(r.getLocalName()) && cur != null) { //$NON-NLS-1$
                cur.append(r.getElementText());
            } else if (ev == XMLStreamConstants.END_ELEMENT && "si".equals(r.getLocalName()) && cur != null) { //$NON-NLS-1$
                out.add(cur.toString());
                cur = null;
            }
        }
        return out;
    }

    private static Map<String, String> relationships(byte[] data) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        if (data == null) {
            return out;
        }
        XMLStreamReader r = open(data);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(r.getLocalName())) { //$NON-NLS-1$
                out.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return out;
    }

    private static Map<String, String> sheets(byte[] data) throws XMLStreamException {
        Map<String, String> out = new LinkedHashMap<>();
        if (data == null) {
            return out;
        }
        XMLStreamReader r = open(data);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(r.getLocalName())) { //$NON-NLS-1$
                String rid = null;
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    if ("id".equals(r.getAttributeLocalName(i))) { //$NON-NLS-1$
                        rid = r.getAttributeValue(i);
                    }
                }
                out.put(r.getAttributeValue(null, "name"), rid); //$NON-NLS-1$
            }
        }
        return out;
    }

    private static List<List<String>> rows(byte[] data, List<String> shared) throws XMLStreamException {
        List<List<String>> out = new ArrayList<>();
        XMLStreamReader r = open(data);
        List<String> row = null;
        String type = null;
        int col = 0;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                case "row" -> row = new ArrayList<>(); //$NON-NLS-1$
                case "c" -> { //$NON-NLS-1$
                    type = r.getAttributeValue(null, "t"); //$NON-NLS-1$
                    col = column(r.getAttributeValue(null, "r"), row == null ? 0 : row.size()); //$NON-NLS-1$
                }
                case "v" -> put(row, col, value(r.getElementText(), type, shared)); //$NON-NLS-1$
                case "t" -> put(row, col, r.getElementText()); //$NON-NLS-1$
                default -> { /* other elements carry nothing we read */ }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && "row".equals(r.getLocalName()) && row != null) { //$NON-NLS-1$
                out.add(row);
                row = null;
            }
        }
        return out;
    }

    private static void put(List<String> row, int col, String value) {
        if (row == null) {
            return;
        }
        while (row.size() <= col) {
            row.add(""); //$NON-NLS-1$
        }
        row.set(col, value);
    }

    private static String value(String raw, String type, List<String> shared) {
        if ("s".equals(type)) { //$NON-NLS-1$
            int i = Integer.parseInt(raw.trim());
            return i < shared.size() ? shared.get(i) : ""; //$NON-NLS-1$
        }
        if ("b".equals(type)) { //$NON-NLS-1$
            return "1".equals(raw.trim()) ? "true" : "false"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (type == null || "n".equals(type)) { //$NON-NLS-1$
            try {
                return new BigDecimal(raw.trim()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        return raw;
    }

    /** The 0-based column of a cell reference such as {@code AB12}. */
    private static int column(String ref, int fallback) {
        if (ref == null) {
            return fallback;
        }
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? fallback : col - 1;
    }
}
