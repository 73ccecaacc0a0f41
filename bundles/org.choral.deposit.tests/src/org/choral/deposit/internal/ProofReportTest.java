// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.choral.core.api.deposit.DepositRequest;
import org.choral.core.api.deposit.FollowUpReport;
import org.choral.core.api.deposit.LedgerFlux;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.portal.PortalConnector;
import org.choral.deposit.internal.proof.ProofStore;
import org.choral.emulator.Fault;
import org.choral.emulator.FaultKind;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** The portal's PDF report of each final flux (consulterCR, fichierCR) joins the proof, once, and its export. */
class ProofReportTest extends DepositTestSupport {

    private static final String REPORT_PDF = "/cpro/transverses/v1/consulterCR";

    @Test
    void theFollowUpKeepsEachFinalFluxPdfReportOnceAndTheExportHoldsIt() throws Exception {
        start(b -> b);
        PortalConnector portal = connect();
        deposits.deposit(data, portal, new DepositRequest(FluxMode.LOT, List.of(lot("a", "P-1", "BAD-P")),
                Duration.ZERO, true, true, false), row -> { }, new NullProgressMonitor());
        deposits.deposit(data, portal, new DepositRequest(FluxMode.SEQUENTIAL, sequential("P-2"), Duration.ZERO, true,
                true, false), row -> { }, new NullProgressMonitor());
        String lotFlux = flux("P-1").number();
        assertFalse(Files.exists(pdf(lotFlux)), "no report before the flux is final");

        FollowUpReport end = deposits.followUntilFinal(data, portal, new NullProgressMonitor());
        assertTrue(end.problems().isEmpty(), end.problems().toString());
        assertEquals(2, emulator.faults().calls(REPORT_PDF), "one PDF report asked per final flux");
        String text = text(Files.readAllBytes(pdf(lotFlux)));
        assertTrue(text.contains(lotFlux) && text.contains("IN_INTEGRE_PARTIEL"), text);
        assertTrue(text.contains("P-1") && text.contains("BAD-P"), text);
        assertTrue(Files.exists(pdf(flux("P-2").number())));
        try (var left = Files.list(pdf(lotFlux).getParent())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }

        byte[] kept = Files.readAllBytes(pdf(lotFlux));
        assertTrue(new ProofStore(data).keepReportPdf(portal, lotFlux).isEmpty());
        assertEquals(2, emulator.faults().calls(REPORT_PDF), "a kept report is never asked again");
        assertArrayEquals(kept, Files.readAllBytes(pdf(lotFlux)));
        Files.write(pdf(lotFlux), new byte[0]); // what a crash before the data reached the disk could leave
        assertTrue(new ProofStore(data).keepReportPdf(portal, lotFlux).isEmpty());
        assertEquals(3, emulator.faults().calls(REPORT_PDF), "an empty report is asked again");
        assertTrue(text(Files.readAllBytes(pdf(lotFlux))).contains(lotFlux));
        kept = Files.readAllBytes(pdf(lotFlux));

        Path zip = data.resolve("export/p1.zip");
        assertEquals(1, deposits.exportProof(data, "P-1", null, null, zip));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.getEntry(lotFlux + "/" + ProofStore.REPORT_PDF);
            assertTrue(entry != null, "the invoice's export holds its flux's PDF report");
            assertArrayEquals(kept, z.getInputStream(entry).readAllBytes());
        }
        LocalDate day = LocalDate.ofInstant(flux("P-1").depositedAt(), ZoneId.of("Europe/Paris"));
        Path period = data.resolve("export/period.zip");
        assertEquals(2, deposits.exportProof(data, null, day, day, period));
        try (ZipFile z = new ZipFile(period.toFile())) {
            assertTrue(z.getEntry(lotFlux + "/" + ProofStore.REPORT_PDF) != null);
            assertTrue(z.getEntry(flux("P-2").number() + "/" + ProofStore.REPORT_PDF) != null);
        }
    }

    @Test
    void aPortalOutOfReachLeavesTheFluxDueUntilItsPdfReportIsKept() throws Exception {
        start(b -> b.fault(Fault.on("consulterCR", FaultKind.TOO_MANY_REQUESTS, 1).withRetryAfter(3600)));
        PortalConnector portal = connect();
        deposits.deposit(data, portal, new DepositRequest(FluxMode.SEQUENTIAL, sequential("Q-1"), Duration.ZERO, true,
                true, false), row -> { }, new NullProgressMonitor());
        String number = flux("Q-1").number();
        integrate();

        FollowUpReport first = deposits.checkDue(data, portal, new NullProgressMonitor());
        assertEquals(1, first.problems().size(), first.problems().toString());
        assertFalse(flux("Q-1").isFinal(), "not final until its PDF report is kept");
        assertFalse(Files.exists(pdf(number)));

        integrate();
        FollowUpReport second = deposits.checkDue(data, portal, new NullProgressMonitor());
        assertTrue(second.problems().isEmpty(), second.problems().toString());
        assertTrue(flux("Q-1").isFinal());
        assertTrue(text(Files.readAllBytes(pdf(number))).contains(number));
        assertEquals(2, emulator.faults().calls(REPORT_PDF));
    }

    @Test
    void aPortalThatCannotGiveThePdfIsToldOnceAndTheFluxStillSettles() throws Exception {
        start(b -> b.fault(Fault.on("consulterCR", FaultKind.MALFORMED_JSON, 1)));
        PortalConnector portal = connect();
        deposits.deposit(data, portal, new DepositRequest(FluxMode.SEQUENTIAL, sequential("R-1"), Duration.ZERO, true,
                true, false), row -> { }, new NullProgressMonitor());
        String number = flux("R-1").number();
        integrate();

        FollowUpReport first = deposits.checkDue(data, portal, new NullProgressMonitor());
        assertEquals(1, first.problems().size(), first.problems().toString());
        assertTrue(first.problems().get(0).contains(number) && first.problems().get(0).contains("report.json"),
                first.problems().get(0));
        assertTrue(flux("R-1").isFinal(), "the flux's outcome is known: it settles");
        assertFalse(Files.exists(pdf(number)));
        assertTrue(Files.exists(pdf(number).resolveSibling("report.json")));
        integrate();
        deposits.checkDue(data, portal, new NullProgressMonitor());
        assertEquals(1, emulator.faults().calls(REPORT_PDF), "not asked again for a settled flux");
    }

    /** Moves both clocks past the flux's integration and the follow-up's first wait. */
    private void integrate() {
        clock.advance(Duration.ofMinutes(5));
        emulator.clock().advance(Duration.ofMinutes(5));
    }

    private LedgerFlux flux(String invoice) throws Exception {
        return deposits.ledger(data).fluxes().stream().filter(f -> f.invoiceNumbers().contains(invoice)).findFirst()
                .orElseThrow();
    }

    private Path pdf(String fluxNumber) {
        return data.resolve("proof").resolve(fluxNumber).resolve(ProofStore.REPORT_PDF);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
