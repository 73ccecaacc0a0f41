// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.choral.core.api.flux.ArchiveType;
import org.choral.core.api.flux.DepositDate;
import org.choral.core.api.flux.FluxEstimate;
import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.flux.internal.Fixtures;
import org.choral.flux.internal.ubl.UblE2MinFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FluxServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;
    private Path out;
    private DefaultFluxService service;
    private final List<Invoice> invoices = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        out = dir.resolve("out"); //$NON-NLS-1$
        service = new DefaultFluxService(Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        service.addFormat(new UblE2MinFormat());
        for (String n : List.of("F/1", "F 2", "F3")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Path pdf = Fixtures.pdf(dir.resolve(n.replaceAll("\\W", "") + ".pdf")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            invoices.add(Fixtures.invoice(n, InvoiceType.FACTURE, pdf));
        }
    }

    private FluxRequest request(FluxMode mode, ArchiveType archive, boolean split, Thresholds t, DepositDate date) {
        return new FluxRequest(UblE2MinFormat.SYNTAX, mode, out, "Factures du client Été pour novembre 2026", date, //$NON-NLS-1$
                archive, split, t, Fixtures.options());
    }

    private FluxRequest lot(ArchiveType archive) {
        return request(FluxMode.LOT, archive, false, Thresholds.DEFAULTS, DepositDate.TODAY);
    }

    @Test
    void zipLotHoldsOneSafelyNamedFilePerInvoiceUnderTheSlugOfTheName() throws Exception {
        FluxResult result = service.generate(invoices, lot(ArchiveType.ZIP), null);
        assertEquals(1, result.files().size());
        Path zip = result.files().get(0).path();
        assertEquals("factures-du-client-ete-pour-novembre-2026_2026-12-01.zip", zip.getFileName().toString()); //$NON-NLS-1$
        assertEquals("Factures du client Été pour novembre 2026", result.files().get(0).name()); //$NON-NLS-1$
        assertEquals(Files.size(zip), result.files().get(0).size());
        assertEquals(List.of("F/1", "F 2", "F3"), result.files().get(0).invoiceNumbers()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<String> names = new ArrayList<>();
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null;) {
                names.add(e.getName());
                assertTrue(new String(zin.readAllBytes(), StandardCharsets.UTF_8).contains("<cbc:ID>F")); //$NON-NLS-1$
            }
        }
        assertEquals(List.of("F_1.xml", "F_2.xml", "F3.xml"), names); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertNoPartFiles();
    }

    @Test
    void tarGzLotIsAValidUstarArchive() throws Exception {
        FluxResult result = service.generate(invoices, lot(ArchiveType.TAR_GZ), null);
        Path tgz = result.files().get(0).path();
        assertTrue(tgz.getFileName().toString().endsWith("_2026-12-01.tar.gz")); //$NON-NLS-1$
        byte[] tar;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tgz))) {
            tar = in.readAllBytes();
        }
        List<String> names = new ArrayList<>();
        int pos = 0;
        while (tar[pos] != 0) {
            String name = new String(tar, pos, 100, StandardCharsets.UTF_8).replace("\0", ""); //$NON-NLS-1$ //$NON-NLS-2$
            long size = Long.parseLong(new String(tar, pos + 124, 11, StandardCharsets.US_ASCII), 8);
            assertEquals("ustar", new String(tar, pos + 257, 5, StandardCharsets.US_ASCII)); //$NON-NLS-1$
            assertChecksum(tar, pos);
            String body = new String(tar, pos + 512, (int) size, StandardCharsets.UTF_8);
            assertTrue(body.endsWith("</ubl:Invoice>"), name); //$NON-NLS-1$
            names.add(name);
            pos += 512 + (int) ((size + 511) / 512 * 512);
        }
        assertEquals(List.of("F_1.xml", "F_2.xml", "F3.xml"), names); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(tar.length, pos + 1024);
    }

    private static void assertChecksum(byte[] tar, int pos) {
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : tar[pos + i] & 0xff;
        }
        assertEquals(sum, Long.parseLong(new String(tar, pos + 148, 6, StandardCharsets.US_ASCII), 8));
    }

    @Test
    void lotOverTheThresholdsIsRefusedUnlessSplit() throws Exception {
        Thresholds two = new Thresholds(100L * 1024 * 1024, 2);
        FluxException e = assertThrows(FluxException.class,
                () -> service.generate(invoices, request(FluxMode.LOT, ArchiveType.ZIP, false, two, DepositDate.TODAY), null));
        assertTrue(e.getMessage().contains("--split"), e.getMessage()); //$NON-NLS-1$
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent());

        FluxResult split = service.generate(invoices, request(FluxMode.LOT, ArchiveType.ZIP, true, two, DepositDate.TODAY), null);
        assertEquals(2, split.files().size());
        assertEquals(List.of("F/1", "F 2"), split.files().get(0).invoiceNumbers()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(split.files().get(1).path().getFileName().toString().endsWith("_2026-12-01_2.zip")); //$NON-NLS-1$
        assertTrue(split.files().get(1).name().contains("2")); //$NON-NLS-1$
        assertEquals(1, split.warnings().size());
    }

    @Test
    void estimateCountsBase64SizeAndLots() {
        long pdfBytes = invoices.stream().mapToLong(i -> {
            try {
                return Files.size(i.pdf());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).sum();
        FluxEstimate small = service.estimate(invoices, lot(ArchiveType.ZIP));
        assertEquals(3, small.invoiceCount());
        assertTrue(small.base64Bytes() > pdfBytes * 4 / 3, Long.toString(small.base64Bytes()));
        assertFalse(small.overThresholds());
        assertEquals(1, small.lots());
        Thresholds tiny = new Thresholds(small.base64Bytes() * 3 / 4, 500);
        FluxEstimate big = service.estimate(invoices,
                request(FluxMode.LOT, ArchiveType.ZIP, false, tiny, DepositDate.TODAY));
        assertTrue(big.overThresholds());
        assertEquals(2, big.lots());
    }

    @Test
    void sequentialWritesOneBareFilePerInvoiceDatedByTheInvoice() throws Exception {
        FluxResult result = service.generate(invoices,
                request(FluxMode.SEQUENTIAL, ArchiveType.ZIP, false, Thresholds.DEFAULTS, DepositDate.INVOICE), null);
        assertEquals(3, result.files().size());
        Path first = result.files().get(0).path();
        assertEquals("F_1.xml", first.getFileName().toString()); //$NON-NLS-1$
        assertEquals("factures-du-client-ete-pour-novembre-2026_2026-11-15", first.getParent().getFileName().toString()); //$NON-NLS-1$
        assertEquals(LocalDate.of(2026, 11, 15), result.files().get(0).depositDate());
        assertTrue(Files.readString(first).contains("<cbc:IssueDate>2026-11-15</cbc:IssueDate>")); //$NON-NLS-1$
        assertNoPartFiles();
    }

    @Test
    void anInvoiceThatCannotBeWrittenIsLeftOutAndReportedTheOthersAreGenerated() throws Exception {
        invoices.add(Fixtures.invoice("F4", InvoiceType.FACTURE, dir.resolve("missing.pdf"))); //$NON-NLS-1$ //$NON-NLS-2$
        FluxResult result = service.generate(invoices, lot(ArchiveType.ZIP), null);
        assertEquals(3, result.files().get(0).invoiceNumbers().size());
        assertEquals(1, result.failures().size());
        assertEquals("F4", result.failures().get(0).invoiceNumber()); //$NON-NLS-1$
        assertNoPartFiles();
    }

    @Test
    void supplierLackingSiretRefusesTheWholeFlux() {
        FluxRequest r = new FluxRequest(UblE2MinFormat.SYNTAX, FluxMode.LOT, out, "x", DepositDate.TODAY, //$NON-NLS-1$
                ArchiveType.ZIP, false, Thresholds.DEFAULTS, new org.choral.core.api.flux.FluxOptions(
                        new org.choral.core.api.flux.Supplier(null, "X", null, Fixtures.IBAN, null, null, null, null, null), //$NON-NLS-1$
                        org.choral.core.api.flux.FrameworkPlacement.BT_23,
                        org.choral.core.api.flux.FacturxProfile.EN16931));
        FluxException e = assertThrows(FluxException.class, () -> service.generate(invoices, r, null));
        assertTrue(e.getMessage().contains("SIRET"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void namesAreSafe() {
        assertEquals("factures-du-client-x", Names.slug("  Factures du client « X » !")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("flux", Names.slug("«»")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("__.._etc_passwd.xml", Names.entryName("../../etc/passwd", "xml")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("FAC-2026_001.pdf", Names.entryName("FAC-2026:001", "pdf")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void assertNoPartFiles() throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().endsWith(".part"))); //$NON-NLS-1$
        }
    }

    static String read(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toString(StandardCharsets.UTF_8);
    }
}
