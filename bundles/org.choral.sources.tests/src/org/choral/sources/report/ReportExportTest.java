// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.DirectoryFlags;
import org.choral.core.api.control.InvoiceResult;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourcePosition;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two lists' layout and the anomaly exports (CSV for French Excel, printable PDF). */
class ReportExportTest {

    @TempDir
    Path dir;

    static Invoice invoice(String number, String siret, String client, String service) {
        return new Invoice(number, LocalDate.of(2024, 1, 15), InvoiceType.FACTURE, siret, client, service, "ENG", //$NON-NLS-1$
                null, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.valueOf(11), null, "EUR", "A1", null, //$NON-NLS-1$ //$NON-NLS-2$
                Path.of("/pdf/" + number + ".pdf"), null, "30", null, null, List.of(), List.of(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new SourcePosition(Path.of("export.csv"), 2), List.of()); //$NON-NLS-1$
    }

    static ControlReport report(boolean stale) {
        DirectoryFlags flags = new DirectoryFlags(true, false, true, null, null, null);
        InvoiceResult ok = new InvoiceResult(invoice("2300632", "21910377700013", "Commune", null), "21910377700013", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                flags, List.of(Anomaly.warning("W", "Avertissement", null))); //$NON-NLS-1$ //$NON-NLS-2$
        InvoiceResult bad = new InvoiceResult(invoice("2300630", "21540068600011", "Hôpital", "SERV"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "21540068600011", flags, //$NON-NLS-1$
                List.of(Anomaly.error("SERVICE_UNKNOWN", "Le service SERV n'existe pas dans l'annuaire Chorus", //$NON-NLS-1$ //$NON-NLS-2$
                        "code_service"), //$NON-NLS-1$
                        new Anomaly("PDF_MISSING", org.choral.core.api.control.Severity.ERROR, //$NON-NLS-1$
                                "Le fichier PDF; \"introuvable\"", 3, "fichier_pdf"))); //$NON-NLS-1$ //$NON-NLS-2$
        return new ControlReport(List.of(ok, bad), List.of(), stale, Instant.parse("2024-02-01T10:00:00Z")); //$NON-NLS-1$
    }

    @Test
    void compliantInvoicesHaveOneRowAndEachAnomalyHasItsOwn() {
        ControlReport report = report(false);
        List<ReportRow> compliant = ReportRows.compliant(report);
        List<ReportRow> anomalies = ReportRows.anomalies(report);
        assertEquals(1, compliant.size());
        assertEquals("Avertissement", ReportColumn.ANOMALY.text(compliant.get(0), "x")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, anomalies.size());
        assertEquals("2300630", ReportColumn.NUMBER.text(anomalies.get(1), "x")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("x", ReportColumn.STA.text(anomalies.get(0), "x")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("", ReportColumn.STGE.text(anomalies.get(0), "x")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(null, ReportColumn.STGSE.value(anomalies.get(0)));
        assertEquals("/pdf/2300630.pdf", ReportColumn.ATTACHMENT.text(anomalies.get(0), "x")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Hôpital", anomalies.get(0).client()); //$NON-NLS-1$
        assertEquals(13, ReportColumn.values().length);
    }

    @Test
    void csvIsSemicolonSeparatedUtf8WithBomForExcel() throws Exception {
        Path file = dir.resolve("anomalies.csv"); //$NON-NLS-1$
        AnomalyCsv.write(ReportRows.anomalies(report(false)), file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"); //$NON-NLS-1$
        assertEquals(3, lines.length);
        assertEquals("N° Facture;Client;Code anomalie;Gravité;Anomalie;Ligne;Champ;Engagement;N° de marché;" //$NON-NLS-1$
                + "Code service;StA;StGE;StGS;StGSE;SvA;SvGE;N° SIRET;Pièce jointe", lines[0]); //$NON-NLS-1$
        assertEquals("2300630;Hôpital;SERVICE_UNKNOWN;bloquante;Le service SERV n'existe pas dans l'annuaire Chorus;;" //$NON-NLS-1$
                + "code_service;ENG;;SERV;oui;non;oui;;;;21540068600011;/pdf/2300630.pdf", lines[1]); //$NON-NLS-1$
        assertTrue(lines[2].contains(";\"Le fichier PDF; \"\"introuvable\"\"\";3;fichier_pdf;"), lines[2]); //$NON-NLS-1$
        try (var list = Files.list(dir)) {
            assertEquals(1, list.count(), "no temporary file left"); //$NON-NLS-1$
        }
    }

    @Test
    void pdfReportPrintsAccentsWithAnEmbeddedFontOnNumberedPages() throws Exception {
        ControlReport small = report(true);
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.addAll(ReportRows.anomalies(small));
        }
        Path file = dir.resolve("rapport.pdf"); //$NON-NLS-1$
        AnomalyPdfReport.write(small, rows, file, new NullProgressMonitor());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 2, "120 rows take several pages: " + pages); //$NON-NLS-1$
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Anomalies à corriger"), text); //$NON-NLS-1$
            assertTrue(text.contains("Le service SERV n'existe pas dans l'annuaire Chorus"), text); //$NON-NLS-1$
            assertTrue(text.contains("Hôpital"), text); //$NON-NLS-1$
            assertTrue(text.contains("plus de 31 jours"), text); //$NON-NLS-1$
            assertTrue(text.contains("Page " + pages + " / " + pages), text); //$NON-NLS-1$ //$NON-NLS-2$
            PDResources resources = pdf.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
            }
            assertTrue(resources.getFontNames().iterator().hasNext());
        }
    }

    @Test
    void cancelledPdfReportLeavesNoFile() {
        Path file = dir.resolve("rapport.pdf"); //$NON-NLS-1$
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> AnomalyPdfReport.write(report(false), ReportRows.anomalies(report(false)), file, cancelled));
        assertFalse(Files.exists(file));
    }
}
