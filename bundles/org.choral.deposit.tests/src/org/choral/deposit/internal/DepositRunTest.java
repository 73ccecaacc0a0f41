// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.choral.core.api.deposit.DepositLedger;
import org.choral.core.api.deposit.DepositOutcome;
import org.choral.core.api.deposit.DepositRequest;
import org.choral.core.api.deposit.DepositRow;
import org.choral.core.api.deposit.DepositService;
import org.choral.core.api.deposit.DepositStatus;
import org.choral.core.api.deposit.DepositSummary;
import org.choral.core.api.deposit.FollowUpService;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.PortalConnector;
import org.choral.deposit.internal.run.DepositRunner;
import org.choral.emulator.Fault;
import org.choral.emulator.FaultKind;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** Deposit runs against the emulator, with its faults. */
class DepositRunTest extends DepositTestSupport {

    private DepositSummary run(PortalConnector portal, DepositRequest request, List<DepositRow> rows,
            NullProgressMonitor monitor) throws Exception {
        return deposits.deposit(data, portal, request, rows::add, monitor);
    }

    private static DepositRequest sequentialRequest(List<Flux> fluxes, boolean continueOnError) {
        return new DepositRequest(FluxMode.SEQUENTIAL, fluxes, Duration.ZERO, continueOnError, true, false);
    }

    @Test
    void servicesAreRegistered() throws Exception {
        assertNotNull(service(DepositService.class, null));
        assertNotNull(service(FollowUpService.class, null));
        assertNotNull(service(org.choral.core.api.control.ControlRule.class, null));
    }

    @Test
    void sequentialGivesEachInvoiceItsOwnFluxAndWritesTheLedger() throws Exception {
        start(b -> b);
        PortalConnector portal = connect();
        List<DepositRow> rows = new ArrayList<>();
        DepositSummary s = run(portal, sequentialRequest(sequential("F-1", "F-2", "F-3"), false), rows,
                new NullProgressMonitor());
        assertTrue(s.complete(), s.toString());
        assertEquals(3, rows.size());
        Set<String> fluxes = new HashSet<>();
        for (DepositRow r : rows) {
            assertEquals(DepositOutcome.DEPOSITED, r.outcome());
            assertEquals(r.fluxNumber(), r.report());
            fluxes.add(r.fluxNumber());
        }
        assertEquals(3, fluxes.size());
        DepositLedger ledger = deposits.ledger(data);
        assertEquals(DepositStatus.DEPOSITED, ledger.invoice("F-2").orElseThrow().status());
        assertEquals(List.of("SENDING", "DEPOSITED"), ledger.history("F-2").stream().map(e -> e.kind()).toList());
        assertEquals(3, ledger.fluxes().size());
        assertTrue(java.nio.file.Files.isRegularFile(data.resolve("proof").resolve(rows.get(0).fluxNumber())
                .resolve("receipt.json")));
    }

    @Test
    void theRunNeverGoesFasterThanThePause() throws Exception {
        start(b -> b);
        PortalConnector portal = connect();
        DepositComponent real = realTime();
        DepositRequest r = new DepositRequest(FluxMode.SEQUENTIAL, sequential("P-1", "P-2", "P-3", "P-4"),
                Duration.ofMillis(300), false, true, false);
        DepositSummary s = real.deposit(data, portal, r, row -> { }, new NullProgressMonitor());
        assertTrue(s.complete());
        List<Long> arrivals = emulator.faults().arrivals(DEPOSIT);
        assertEquals(4, arrivals.size());
        for (int i = 1; i < arrivals.size(); i++) {
            long gap = (arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000;
            assertTrue(gap >= 300, "deposits " + gap + " ms apart, pause 300 ms");
        }
    }

    @Test
    void aLotRecordsItsFluxNumberForEveryInvoice() throws Exception {
        start(b -> b);
        PortalConnector portal = connect();
        List<DepositRow> rows = new ArrayList<>();
        DepositSummary s = run(portal, new DepositRequest(FluxMode.LOT, List.of(lot("lot1", "L-1", "L-2", "L-3")),
                Duration.ZERO, false, true, false), rows, new NullProgressMonitor());
        assertTrue(s.complete());
        assertEquals(1, deposits());
        String flux = rows.get(0).fluxNumber();
        DepositLedger ledger = deposits.ledger(data);
        for (String n : List.of("L-1", "L-2", "L-3")) {
            assertEquals(flux, ledger.invoice(n).orElseThrow().fluxNumber());
        }
        assertEquals(List.of("L-1", "L-2", "L-3"), ledger.fluxes().get(0).invoiceNumbers());
    }

    @Test
    void aLostAnswerIsUncertainNeverResentAndResolvedByTheLookUp() throws Exception {
        start(b -> b.fault(Fault.on("deposer/flux", FaultKind.RESET_AFTER_ACCEPT, 2)));
        PortalConnector portal = connect();
        List<Flux> fluxes = sequential("U-1", "U-2", "U-3");
        List<DepositRow> rows = new ArrayList<>();
        DepositSummary s = run(portal, sequentialRequest(fluxes, true), rows, new NullProgressMonitor());
        assertEquals(DepositOutcome.UNCERTAIN, rows.get(1).outcome());
        assertEquals(1, s.count(DepositOutcome.UNCERTAIN));
        DepositLedger ledger = deposits.ledger(data);
        assertEquals(DepositStatus.UNCERTAIN, ledger.invoice("U-2").orElseThrow().status());
        assertEquals(3, deposits());

        // not integrated yet: not found, stays uncertain, not resent
        rows.clear();
        s = run(portal, sequentialRequest(fluxes, true), rows, new NullProgressMonitor());
        assertEquals(DepositOutcome.UNCERTAIN, s.resolved().get(0).outcome());
        assertEquals(3, deposits());
        assertEquals(DepositStatus.UNCERTAIN, ledger.invoice("U-2").orElseThrow().status());

        // integrated: the look-up finds it with its flux number
        emulator.clock().advance(Duration.ofMinutes(3));
        rows.clear();
        s = run(portal, sequentialRequest(fluxes, true), rows, new NullProgressMonitor());
        assertEquals(DepositOutcome.DEPOSITED, s.resolved().get(0).outcome());
        assertEquals(3, deposits());
        assertEquals(DepositStatus.DEPOSITED, ledger.invoice("U-2").orElseThrow().status());
        assertNotNull(ledger.invoice("U-2").orElseThrow().fluxNumber());
        assertTrue(s.rows().stream().allMatch(r -> r.outcome() == DepositOutcome.SKIPPED));
    }

    @Test
    void aLostAnswerStopsTheRunSayingToRunAgainSoThatItIsLookedUpFirst() throws Exception {
        start(b -> b.fault(Fault.on("deposer/flux", FaultKind.RESET_AFTER_ACCEPT, 2)));
        PortalConnector portal = connect();
        List<DepositRow> rows = new ArrayList<>();
        DepositSummary s = run(portal, sequentialRequest(sequential("A-1", "A-2", "A-3"), false), rows,
                new NullProgressMonitor());
        assertEquals(List.of(DepositOutcome.DEPOSITED, DepositOutcome.UNCERTAIN),
                rows.stream().map(DepositRow::outcome).toList());
        assertFalse(s.portalStopped());
        // not « use --continue-on-error »: run again, the uncertain invoice is looked up before anything is sent
        assertTrue(s.stopReason().contains("A-2") && s.stopReason().contains("--skip-deposited"), s.stopReason());
        assertTrue(rows.get(1).report().endsWith("."), rows.get(1).report());
        assertEquals(DepositStatus.UNCERTAIN, deposits.ledger(data).invoice("A-2").orElseThrow().status());
        assertEquals(2, deposits());
    }

    @Test
    void sentencesFollowEachOtherWithOneFullStop() {
        assertEquals("Injoignable.", DepositRunner.sentence("Injoignable"));
        assertEquals("Injoignable.", DepositRunner.sentence("Injoignable. "));
        assertEquals("Vraiment ?", DepositRunner.sentence("Vraiment ?"));
    }

    @Test
    void aStormOf429IsWaitedOutAndNothingIsSentTwice() throws Exception {
        start(b -> b.fault(Fault.on("deposer/flux", FaultKind.TOO_MANY_REQUESTS, 2, 3)));
        PortalConnector portal = connect();
        List<DepositRow> rows = new ArrayList<>();
        DepositSummary s = run(portal, sequentialRequest(sequential("R-1", "R-2", "R-3"), false), rows,
                new NullProgressMonitor());
        assertTrue(s.complete(), s.toString());
        assertEquals(5, deposits());
        assertEquals(3, rows.stream().map(DepositRow::fluxNumber).distinct().count());
    }

    @Test
    void anExpiredTokenIsRenewedDuringTheRun() throws Exception {
        start(b -> b.fault(Fault.on("deposer/flux", FaultKind.TOKEN_EXPIRED, 2)));
        PortalConnector portal = connect();
        DepositSummary s = run(portal, sequentialRequest(sequential("T-1", "T-2", "T-3"), false), new ArrayList<>(),
                new NullProgressMonitor());
        assertTrue(s.complete(), s.toString());
        assertEquals(2, emulator.faults().calls("/api/oauth/token"));
    }

    @Test
    void anOutageStopsTheRunCleanlyAndTheNextRunCompletesIt() throws Exception {
        // 503 from the second deposit on (Retry-After: 0, so that the connector's retries do not wait)
        start(b -> b.fault(Fault.from("deposer/flux", FaultKind.UNAVAILABLE, 2).withRetryAfter(0)));
        PortalConnector portal = connect();
        List<Flux> fluxes = sequential("O-1", "O-2", "O-3");
        List<DepositRow> rows = new ArrayList<>();
        DepositSummary s = run(portal, sequentialRequest(fluxes, true), rows, new NullProgressMonitor());
        assertTrue(s.portalStopped());
        assertNotNull(s.stopReason());
        assertTrue(s.stopReason().contains("--skip-deposited"), s.stopReason());
        assertFalse(s.stopReason().contains(".."), "one sentence after the other: " + s.stopReason());
        assertEquals(2, rows.size());
        assertEquals(DepositOutcome.FAILED, rows.get(1).outcome());
        DepositLedger ledger = deposits.ledger(data);
        assertEquals(DepositStatus.FAILED, ledger.invoice("O-2").orElseThrow().status());
        assertTrue(ledger.invoice("O-3").isEmpty());

        emulator.faults().clear();
        rows.clear();
        s = run(portal, sequentialRequest(fluxes, true), rows, new NullProgressMonitor());
        assertTrue(s.complete());
        assertEquals(List.of(DepositOutcome.SKIPPED, DepositOutcome.DEPOSITED, DepositOutcome.DEPOSITED),
                rows.stream().map(DepositRow::outcome).toList());
        assertEquals(2, deposits());
    }

    @Test
    void aRefusedInvoiceStopsTheRunUnlessToldToContinue() throws Exception {
        start(b -> b.fault(Fault.on("deposer/flux", FaultKind.OVERSIZE, 1)));
        PortalConnector portal = connect();
        List<DepositRow> rows = new ArrayList<>();
        DepositSummary s = run(portal, sequentialRequest(sequential("E-1", "E-2"), false), rows,
                new NullProgressMonitor());
        assertEquals(1, rows.size());
        assertFalse(s.portalStopped());
        assertNotNull(s.stopReason());
        emulator.faults().add(Fault.on("deposer/flux", FaultKind.OVERSIZE, 2));
        rows.clear();
        s = run(portal, sequentialRequest(sequential("E-3", "E-4", "E-5"), true), rows, new NullProgressMonitor());
        assertEquals(List.of(DepositOutcome.FAILED, DepositOutcome.DEPOSITED, DepositOutcome.DEPOSITED),
                rows.stream().map(DepositRow::outcome).toList());
        assertNull(s.stopReason());
    }

    @Test
    void aCancelledRunResumesWhereItStopped() throws Exception {
        start(b -> b);
        PortalConnector portal = connect();
        List<Flux> fluxes = sequential("C-1", "C-2", "C-3", "C-4");
        NullProgressMonitor monitor = new NullProgressMonitor();
        List<DepositRow> rows = new ArrayList<>();
        DepositSummary s = deposits.deposit(data, portal, sequentialRequest(fluxes, false), row -> {
            rows.add(row);
            if (rows.size() == 2) {
                monitor.setCanceled(true);
            }
        }, monitor);
        assertTrue(s.cancelled());
        assertEquals(2, rows.size());
        assertEquals(2, deposits());
        rows.clear();
        s = run(portal, sequentialRequest(fluxes, false), rows, new NullProgressMonitor());
        assertTrue(s.complete());
        assertEquals(4, deposits());
        assertEquals(2, s.count(DepositOutcome.SKIPPED));
    }

    @Test
    void aCrashBetweenSendingAndTheAnswerLeavesItUncertain() throws Exception {
        start(b -> b);
        PortalConnector portal = connect();
        deposits.store(data).markSending(List.of("K-1"), "K-1.xml", UBL);
        List<DepositRow> rows = new ArrayList<>();
        DepositSummary s = run(portal, sequentialRequest(sequential("K-1", "K-2"), false), rows,
                new NullProgressMonitor());
        assertEquals(DepositOutcome.UNCERTAIN, s.resolved().get(0).outcome());
        assertEquals(DepositOutcome.SKIPPED, s.rows().get(0).outcome());
        assertEquals(1, deposits());
        // the user asks explicitly: sent again
        rows.clear();
        s = run(portal, new DepositRequest(FluxMode.SEQUENTIAL, sequential("K-1"), Duration.ZERO, false, true, true),
                rows, new NullProgressMonitor());
        assertEquals(DepositOutcome.DEPOSITED, s.rows().get(0).outcome());
        assertEquals(2, deposits());
    }
}
