// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.choral.core.api.flux.ArchiveType;
import org.choral.core.api.flux.DepositDate;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.flux.internal.cii.FacturxFormat;
import org.choral.flux.internal.lot.DefaultFluxService;
import org.choral.flux.internal.ubl.UblE2MinFormat;

/**
 * The flux performance targets: a lot of 500 invoices with 200 KB PDFs (text in an embedded font
 * and a scanned-like image), as UBL E2 (≥ 50 MB/s of PDF input) and Factur-X (≥ 10 MB/s). Prints
 * the median of several runs after one warm-up. Run with
 * {@code bundles/org.choral.flux.tests/flux-benchmark.sh [invoices] [runs] [mode lot|sequential]}.
 */
public final class FluxBenchmark {

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"; //$NON-NLS-1$

    private FluxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        FluxMode mode = args.length > 2 && "sequential".equals(args[2]) ? FluxMode.SEQUENTIAL : FluxMode.LOT; //$NON-NLS-1$
        Path dir = Files.createTempDirectory("choral-flux-bench"); //$NON-NLS-1$
        try {
            Path template = invoicePdf(dir.resolve("template.pdf")); //$NON-NLS-1$
            List<Invoice> invoices = new ArrayList<>();
            long input = 0;
            for (int i = 0; i < count; i++) {
                Path pdf = Files.copy(template, dir.resolve("F" + i + ".pdf")); //$NON-NLS-1$ //$NON-NLS-2$
                input += Files.size(pdf);
                invoices.add(Fixtures.invoice("F" + i, InvoiceType.FACTURE, pdf)); //$NON-NLS-1$
            }
            System.out.printf("%d invoices, PDF %d KB each, %.1f MB of PDF input, mode %s%n", count, //$NON-NLS-1$
                    Files.size(template) / 1024, input / 1e6, mode);
            for (FluxFormat format : List.of(new UblE2MinFormat(), new FacturxFormat())) {
                measure(format, invoices, input, dir, runs, mode);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void measure(FluxFormat format, List<Invoice> invoices, long input, Path dir, int runs, FluxMode mode)
            throws Exception {
        DefaultFluxService service = new DefaultFluxService();
        service.addFormat(format);
        FluxRequest request = new FluxRequest(format.syntax(), mode, dir.resolve("out"), "Benchmark", //$NON-NLS-1$ //$NON-NLS-2$
                DepositDate.TODAY, ArchiveType.ZIP, true, new Thresholds(Long.MAX_VALUE / 2, Integer.MAX_VALUE),
                Fixtures.options());
        service.generate(invoices.subList(0, Math.min(50, invoices.size())), request, null); // warm-up
        double[] rates = new double[runs];
        long written = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            FluxResult result = service.generate(invoices, request, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            rates[i] = input / 1e6 / seconds;
            written = result.files().stream().mapToLong(f -> f.size()).sum();
            if (!result.failures().isEmpty()) {
                throw new IllegalStateException(result.failures().get(0).reason());
            }
        }
        Arrays.sort(rates);
        System.out.printf("%s: median %.1f MB/s of PDF input (min %.1f, max %.1f, %d runs), %.1f MB written%n", //$NON-NLS-1$
                format.syntax(), rates[runs / 2], rates[0], rates[runs - 1], runs, written / 1e6);
    }

    /** Two pages of text in an embedded font and a noisy image (incompressible, like a scan), about 200 KB. */
    static Path invoicePdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream ttf = PDDocument.class.getResourceAsStream(LIBERATION)) {
            PDFont font = PDType0Font.load(doc, ttf);
            BufferedImage noise = new BufferedImage(250, 250, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(42);
            for (int x = 0; x < 250; x++) {
                for (int y = 0; y < 250; y++) {
                    noise.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, noise);
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (p == 0) {
                        cs.drawImage(image, 50, 550, 150, 150);
                    }
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(50, 520);
                    for (int i = 0; i < 40; i++) {
                        cs.showText("Ligne " + i + " : prestation de service n° " + random.nextInt(100000) + ", 100,00 EUR HT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        cs.newLineAtOffset(0, -12);
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
