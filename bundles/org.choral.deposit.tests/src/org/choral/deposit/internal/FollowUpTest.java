// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.api.deposit.ActionFlag;
import org.choral.core.api.deposit.DepositLedger;
import org.choral.core.api.deposit.DepositRequest;
import org.choral.core.api.deposit.FollowUpReport;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.portal.PortalConnector;
import org.choral.emulator.Fault;
import org.choral.emulator.FaultKind;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** The follow-up on the virtual clock, the ALREADY_DEPOSITED rule and the proof export. */
class FollowUpTest extends DepositTestSupport {

    @Test
    void followsFluxesAndInvoicesToTheirFinalStatesAndFlagsWhatNeedsTheUser() throws Exception {
        start(b -> b.fault(Fault.on("deposer/flux", FaultKind.FLUX_INCIDENT, 2)));
        PortalConnector portal = connect();
        deposits.deposit(data, portal, new DepositRequest(FluxMode.LOT, List.of(lot("a", "G-1", "BAD-1"),
                lot("b", "I-1")), Duration.ZERO, true, true, false), row -> { }, new NullProgressMonitor());

        FollowUpReport first = deposits.checkDue(data, portal, new NullProgressMonitor());
        assertEquals(0, first.fluxesChecked(), "nothing is due before one minute");
        assertTrue(first.pending());
        FollowUpReport end = deposits.followUntilFinal(data, portal, new NullProgressMonitor());
        assertFalse(end.pending(), end.toString());
        assertNull(end.nextCheck());

        DepositLedger ledger = deposits.ledger(data);
        LedgerInvoice good = ledger.invoice("G-1").orElseThrow();
        assertEquals("MISE_EN_PAIEMENT", good.portalStatus());
        assertNull(good.flag());
        assertNotNull(good.portalId());
        LedgerInvoice bad = ledger.invoice("BAD-1").orElseThrow();
        assertEquals(ActionFlag.REJECTED_IN_FLUX, bad.flag());
        assertNotNull(bad.flagReason());
        assertEquals(ActionFlag.RESEND_FLUX, ledger.invoice("I-1").orElseThrow().flag());
        assertEquals("IN_INTEGRE_PARTIEL", ledger.fluxes().stream().filter(f -> f.invoiceNumbers().contains("G-1"))
                .findFirst().orElseThrow().portalState());
        assertTrue(ledger.history("G-1").stream().anyMatch(e -> "PORTAL_STATUS".equals(e.kind())
                && "MISE_EN_PAIEMENT".equals(e.detail())));
        // the waits backed off: far fewer reports than one per virtual minute
        assertTrue(emulator.faults().calls("/cpro/transverses/v1/consulterCRDetaille") < 20);

        Path zip = data.resolve("export/g1.zip");
        assertEquals(1, deposits.exportProof(data, "G-1", null, null, zip));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            String flux = good.fluxNumber();
            assertNotNull(z.getEntry(flux + "/receipt.json"));
            assertNotNull(z.getEntry(flux + "/report.json"));
            assertNotNull(z.getEntry(flux + "/a.zip"));
        }
        LocalDate day = LocalDate.ofInstant(good.depositedAt(), java.time.ZoneId.of("Europe/Paris"));
        assertEquals(2, deposits.exportProof(data, null, day, day, data.resolve("export/day.zip")));
        assertTrue(Files.size(data.resolve("export/day.zip")) > 0);
    }

    @Test
    void askingNowChecksEverythingFollowedAndTheScheduleGoesOnFromThere() throws Exception {
        start(b -> b);
        PortalConnector portal = connect();
        deposits.deposit(data, portal, new DepositRequest(FluxMode.LOT, List.of(lot("a", "G-1", "BAD-1")),
                Duration.ZERO, true, true, false), row -> { }, new NullProgressMonitor());
        deposits.deposit(data, portal, new DepositRequest(FluxMode.SEQUENTIAL, sequential("G-2"), Duration.ZERO,
                true, true, false), row -> { }, new NullProgressMonitor());
        // the portal integrates the fluxes while, for the follow-up, the deposits are a second old
        emulator.clock().advance(Duration.ofMinutes(5));
        assertEquals(0, deposits.checkDue(data, portal, new NullProgressMonitor()).fluxesChecked(),
                "nothing is due within the first minute");
        DepositLedger ledger = deposits.ledger(data);
        assertNull(ledger.invoice("G-1").orElseThrow().portalStatus());

        FollowUpReport now = deposits.checkNow(data, portal, new NullProgressMonitor());
        assertEquals(2, now.fluxesChecked(), now.toString());
        assertEquals(2, now.invoicesChecked(), "the invoices of the fluxes found integrated, in the same pass");
        assertTrue(now.problems().isEmpty(), now.problems().toString());
        assertEquals("DEPOSEE", ledger.invoice("G-1").orElseThrow().portalStatus());
        assertEquals("DEPOSEE", ledger.invoice("G-2").orElseThrow().portalStatus());
        assertEquals(ActionFlag.REJECTED_IN_FLUX, ledger.invoice("BAD-1").orElseThrow().flag());
        assertEquals(List.of("BAD-1"), now.flagged().stream().map(LedgerInvoice::number).toList());
        assertTrue(ledger.fluxes().stream().allMatch(f -> f.isFinal() && f.nextCheck() == null));
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), now.nextCheck(),
                "the back-off goes on from this pass: a young deposit is asked again a minute later");
        assertEquals(0, deposits.checkDue(data, portal, new NullProgressMonitor()).invoicesChecked());

        // asked again at once: final fluxes are not, followed invoices are
        emulator.clock().advance(Duration.ofHours(2)); // DEPOSEE, EN_COURS_ACHEMINEMENT, MISE_A_DISPOSITION: one an hour
        int reports = emulator.faults().calls(REPORT);
        FollowUpReport again = deposits.checkNow(data, portal, new NullProgressMonitor());
        assertEquals(0, again.fluxesChecked());
        assertEquals(reports, emulator.faults().calls(REPORT));
        assertEquals(2, again.invoicesChecked());
        assertEquals("MISE_A_DISPOSITION", ledger.invoice("G-1").orElseThrow().portalStatus());
        assertTrue(ledger.history("G-1").stream().anyMatch(e -> "PORTAL_STATUS".equals(e.kind())
                && "MISE_A_DISPOSITION".equals(e.detail())));

        // the schedule: due again one minute later, not before
        clock.advance(Duration.ofSeconds(59));
        assertEquals(0, deposits.checkDue(data, portal, new NullProgressMonitor()).invoicesChecked());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, deposits.checkDue(data, portal, new NullProgressMonitor()).invoicesChecked());

        // once everything is final, asking now asks nothing
        FollowUpReport end = deposits.followUntilFinal(data, portal, new NullProgressMonitor());
        assertFalse(end.pending());
        FollowUpReport idle = deposits.checkNow(data, portal, new NullProgressMonitor());
        assertEquals(0, idle.fluxesChecked() + idle.invoicesChecked());
        assertNull(idle.nextCheck());
    }

    @Test
    void theControlWarnsOfAnInvoiceAlreadyDeposited() throws Exception {
        start(b -> b);
        PortalConnector portal = connect();
        deposits.deposit(data, portal, new DepositRequest(FluxMode.SEQUENTIAL, sequential("D-1"), Duration.ZERO,
                false, true, false), row -> { }, new NullProgressMonitor());
        AlreadyDepositedRule rule = AlreadyDepositedRule.of(deposits);
        List<Anomaly> found = new ArrayList<>();
        rule.check(subject("D-1"), found::add);
        assertEquals(1, found.size());
        assertEquals(AlreadyDepositedRule.CODE, found.get(0).code());
        assertFalse(found.get(0).isError());
        found.clear();
        rule.check(subject("D-2"), found::add);
        assertTrue(found.isEmpty());
    }

    private static ControlSubject subject(String number) {
        Invoice i = new Invoice(number, LocalDate.of(2026, 1, 5), org.choral.core.api.invoice.InvoiceType.FACTURE,
                RECIPIENT, "Commune", null, null, null, null, null, null, null, "EUR", null, null, null, null, null,
                null, null, List.of(), List.of(), null, List.of(), null);
        return new ControlSubject(i, RECIPIENT, null, null, 1, LocalDate.of(2026, 1, 5));
    }
}
