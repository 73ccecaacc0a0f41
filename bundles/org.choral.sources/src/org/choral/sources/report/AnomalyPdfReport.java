// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.choral.core.api.control.ControlReport;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * The printable report of the anomalies to fix: A4 landscape, a title with the run's totals and
 * the stale-directory warning, then one row per anomaly (invoice, client, SIRET, service,
 * engagement, anomaly), wrapped to fit, with the header repeated and « Page n / N » on each page.
 *
 * @since 0.1
 */
public final class AnomalyPdfReport {

    private static final float MARGIN = 36;
    private static final float SIZE = 8;
    private static final float LEADING = 10;
    private static final float TITLE_SIZE = 14;
    private static final float[] WIDTHS = { 70, 120, 72, 70, 90, 0 };
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE); //$NON-NLS-1$

    private final PDDocument document;
    private final PdfText text;
    private final PDRectangle box = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private final float[] widths = WIDTHS.clone();
    private PDPageContentStream out;
    private float y;

    private AnomalyPdfReport(PDDocument document) throws IOException {
        this.document = document;
        this.text = new PdfText(document);
        float used = 0;
        for (float w : WIDTHS) {
            used += w;
        }
        widths[widths.length - 1] = box.getWidth() - 2 * MARGIN - used;
    }

    /**
     * Writes the report of {@code rows} (those of {@link ReportRows#anomalies}) to {@code file},
     * replacing it only once the whole report is written.
     *
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled (the file is untouched)
     */
    public static void write(ControlReport report, List<ReportRow> rows, Path file, IProgressMonitor monitor)
            throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Report_pdfTask, rows.size() + 1);
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".part"); //$NON-NLS-1$
        try {
            try (PDDocument document = new PDDocument()) {
                AnomalyPdfReport r = new AnomalyPdfReport(document);
                r.title(report, rows.size());
                for (ReportRow row : rows) {
                    progress.split(1);
                    r.row(row);
                }
                r.finish();
                document.save(temp.toFile());
            }
            progress.split(1);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void title(ControlReport report, int anomalyCount) throws IOException {
        newPage(false);
        line(Messages.Report_pdfTitle, TITLE_SIZE, MARGIN);
        y -= 6;
        String when = DATE.format(report.checkedAt().atZone(ZoneId.systemDefault()));
        line(NLS.bind(Messages.Report_pdfSummary, new Object[] { when, report.results().size(),
                report.compliant().size(), report.withAnomalies().size(), anomalyCount }), SIZE + 1, MARGIN);
        if (report.directoryStale()) {
            line(Messages.Report_pdfStale, SIZE + 1, MARGIN);
        }
        y -= 6;
        header();
    }

    private void header() throws IOException {
        cells(List.of(ReportColumn.NUMBER.title(), Messages.Report_client, ReportColumn.SIRET.title(),
                ReportColumn.SERVICE.title(), ReportColumn.ENGAGEMENT.title(), ReportColumn.ANOMALY.title()));
        rule();
    }

    private void row(ReportRow row) throws IOException {
        cells(List.of(ReportColumn.NUMBER.text(row, null), row.client(), ReportColumn.SIRET.text(row, null),
                ReportColumn.SERVICE.text(row, null), ReportColumn.ENGAGEMENT.text(row, null), row.anomalyText()));
    }

    private void cells(List<String> values) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < values.size(); i++) {
            List<String> lines = text.wrap(values.get(i), SIZE, widths[i] - 4);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        if (y - height * LEADING < MARGIN + LEADING * 2) {
            newPage(true);
        }
        for (int l = 0; l < height; l++) {
            float x = MARGIN;
            for (int i = 0; i < wrapped.size(); i++) {
                if (l < wrapped.get(i).size()) {
                    show(wrapped.get(i).get(l), SIZE, x);
                }
                x += widths[i];
            }
            y -= LEADING;
        }
        y -= 2;
    }

    private void line(String value, float size, float x) throws IOException {
        show(text.safe(value), size, x);
        y -= size + 4;
    }

    private void show(String safeText, float size, float x) throws IOException {
        out.beginText();
        out.setFont(text.font(), size);
        out.newLineAtOffset(x, y - size);
        out.showText(safeText);
        out.endText();
    }

    private void rule() throws IOException {
        out.moveTo(MARGIN, y);
        out.lineTo(box.getWidth() - MARGIN, y);
        out.stroke();
        y -= 3;
    }

    private void newPage(boolean repeatHeader) throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(box);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = box.getHeight() - MARGIN;
        if (repeatHeader) {
            header();
        }
    }

    /** Closes the last page and numbers them all, now that their count is known. */
    private void finish() throws IOException {
        out.close();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    AppendMode.APPEND, true, true)) {
                String label = text.safe(NLS.bind(Messages.Report_pdfPage, i + 1, count));
                footer.beginText();
                footer.setFont(text.font(), SIZE);
                footer.newLineAtOffset(box.getWidth() - MARGIN - text.width(label, SIZE), MARGIN / 2);
                footer.showText(label);
                footer.endText();
            }
        }
    }
}
