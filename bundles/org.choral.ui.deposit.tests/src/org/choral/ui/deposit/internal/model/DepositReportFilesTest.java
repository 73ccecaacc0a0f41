// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deposit report's CSV (BOM, {@code ;}, quoting) and PDF (accents drawn, every row, several pages). */
class DepositReportFilesTest {

    private static final List<String> HEADERS = List.of("N° Pièce", "Fichier", "Rapport");

    @TempDir
    Path dir;

    @Test
    void csvStartsWithABomAndQuotesCellsHoldingTheSeparator() throws Exception {
        Path csv = dir.resolve("rapport.csv");
        DepositReportCsv.write(HEADERS, List.of(new DepositRow("F-1", "F-1.xml", "Flux 12345"),
                new DepositRow("F-2", "F-2.xml", "Refusée ; le \"SIRET\" est inconnu")), csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        assertEquals("\uFEFFN° Pièce;Fichier;Rapport\r\nF-1;F-1.xml;Flux 12345\r\n"
                + "F-2;F-2.xml;\"Refusée ; le \"\"SIRET\"\" est inconnu\"\r\n", new String(bytes, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(csv), files.toList(), "no temporary file left");
        }
    }

    @Test
    void pdfHoldsTheSummaryAndEveryRowWithAccentsOverSeveralPages() throws Exception {
        List<DepositRow> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(new DepositRow("F-" + i, "F-" + i + ".xml", "Flux " + (1000 + i)));
        }
        Path pdf = dir.resolve("rapport.pdf");
        DepositReportPdf.write("Déposer sur Chorus", List.of("120 déposée(s), 0 en échec"), HEADERS, rows, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 2, "several pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Déposer sur Chorus") && text.contains("120 déposée(s)") && text.contains("N° Pièce"),
                    text.substring(0, Math.min(300, text.length())));
            assertTrue(text.contains("F-120") && text.contains("Flux 1120"));
        }
    }
}
