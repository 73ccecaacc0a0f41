// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a minimal XLSX (shared strings, numbers) the way spreadsheet tools do, to test the reader. */
final class Xlsx {

    private Xlsx() {
    }

    static byte[] workbook(Map<String, List<List<Object>>> sheets) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        List<String> shared = new ArrayList<>();
        StringBuilder workbook = new StringBuilder("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int n = 0;
        for (Map.Entry<String, List<List<Object>>> sheet : new java.util.TreeMap<>(sheets).descendingMap().entrySet()) {
            n++;
            workbook.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(n)
                    .append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            StringBuilder xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            int r = 0;
            for (List<Object> row : sheet.getValue()) {
                r++;
                xml.append("<row r=\"").append(r).append("\">");
                for (int c = 0; c < row.size(); c++) {
                    String ref = (char) ('A' + c) + String.valueOf(r);
                    Object v = row.get(c);
                    if (v instanceof Number num) {
                        xml.append("<c r=\"").append(ref).append("\"><v>").append(num).append("</v></c>");
                    } else {
                        shared.add(String.valueOf(v));
                        xml.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(shared.size() - 1).append("</v></c>");
                    }
                }
                xml.append("</row>");
            }
            parts.put("xl/worksheets/sheet" + n + ".xml", Samples.utf8(xml.append("</sheetData></worksheet>").toString()));
        }
        StringBuilder sst = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String s : shared) {
            sst.append("<si><t>").append(s).append("</t></si>");
        }
        parts.put("xl/workbook.xml", Samples.utf8(workbook.append("</sheets></workbook>").toString()));
        parts.put("xl/_rels/workbook.xml.rels", Samples.utf8(rels.append("</Relationships>").toString()));
        parts.put("xl/sharedStrings.xml", Samples.utf8(sst.append("</sst>").toString()));
        return Samples.zip(parts);
    }
}
