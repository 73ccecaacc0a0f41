// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.choral.connector.chorus.internal.ChorusConnector;
import org.choral.core.api.portal.FluxReport;
import org.choral.core.api.portal.FluxState;
import org.choral.core.api.portal.InvoiceCriteria;
import org.choral.core.api.portal.PortalException;
import org.choral.core.api.portal.PortalInvoice;
import org.choral.emulator.Fault;
import org.choral.emulator.FaultKind;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** Every fault the emulator injects ends in the right typed error or in a correct retry. */
class ChorusFaultTest extends ChorusTestSupport {

    private static final String SUPPLIERS = "/cpro/transverses/v1/recuperer/structures/actives/fournisseur";
    private static final String REPORT = "/cpro/transverses/v1/consulterCRDetaille";
    private static final String SEARCH = "/cpro/structures/v1/rechercher";

    private List<PortalInvoice> deposited(ChorusConnector c, String number) throws Exception {
        integrate();
        return c.findInvoices(InvoiceCriteria.ofInvoice(number), new NullProgressMonitor());
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheTimeAsked() throws Exception {
        start(b -> b.fault(Fault.on(SUPPLIERS, FaultKind.TOO_MANY_REQUESTS, 1).withRetryAfter(7)));
        assertEquals(1, connect().supplierStructures().size());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
        assertEquals(2, calls(SUPPLIERS));
    }

    @Test
    void aDepositRefusedWith429IsSentAgainBecauseItWasNotProcessed() throws Exception {
        start(b -> b.fault(Fault.on(DEPOSIT, FaultKind.TOO_MANY_REQUESTS, 1)));
        ChorusConnector c = connect();
        c.deposit(flux("RL-1"));
        assertEquals(2, calls(DEPOSIT));
        assertEquals(1, deposited(c, "RL-1").size(), "recorded once");
    }

    @Test
    void rateLimitedOnceTheRetriesAreSpent() throws Exception {
        start(b -> b.fault(Fault.from(SUPPLIERS, FaultKind.TOO_MANY_REQUESTS, 1).withRetryAfter(2)));
        PortalException.RateLimited e = assertThrows(PortalException.RateLimited.class, connect()::supplierStructures);
        assertEquals(Duration.ofSeconds(2), e.retryAfter());
        assertEquals(fast().attempts(), calls(SUPPLIERS));
        assertEquals(fast().attempts() - 1, sleeps.size());
    }

    @Test
    void aRetryAfterLongerThanAcceptedIsNotWaitedFor() throws Exception {
        start(b -> b.fault(Fault.on(SUPPLIERS, FaultKind.TOO_MANY_REQUESTS, 1).withRetryAfter(3600)));
        PortalException.RateLimited e = assertThrows(PortalException.RateLimited.class, connect()::supplierStructures);
        assertEquals(Duration.ofHours(1), e.retryAfter());
        assertEquals(1, calls(SUPPLIERS));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void unavailableIsRetriedForACallSafeToRepeat() throws Exception {
        start(b -> b.fault(Fault.on(REPORT, FaultKind.UNAVAILABLE, 1).withRetryAfter(3)));
        ChorusConnector c = connect();
        String number = c.deposit(flux("U-1")).fluxNumber();
        assertEquals(FluxState.PENDING, c.fluxReport(number).state());
        assertEquals(List.of(Duration.ofSeconds(3)), sleeps);
    }

    @Test
    void aDepositRefusedWith503IsSentAgainAfterTheTimeAskedBecauseItWasNotProcessed() throws Exception {
        start(b -> b.fault(Fault.on(DEPOSIT, FaultKind.UNAVAILABLE, 1, 2).withRetryAfter(3)));
        ChorusConnector c = connect();
        c.deposit(flux("U-2"));
        assertEquals(3, calls(DEPOSIT));
        assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(3)), sleeps);
        assertEquals(1, deposited(c, "U-2").size(), "recorded once");
    }

    @Test
    void aDepositStillUnavailableOnceTheRetriesAreSpentIsUnavailableAndRecordedNowhere() throws Exception {
        start(b -> b.fault(Fault.from(DEPOSIT, FaultKind.UNAVAILABLE, 1)));
        ChorusConnector c = connect();
        PortalException e = assertThrows(PortalException.Unavailable.class, () -> c.deposit(flux("U-3")));
        assertTrue(e.isTransient());
        assertTrue(e.getMessage().contains("503"), e.getMessage());
        assertEquals(fast().attempts(), calls(DEPOSIT));
        emulator.faults().clear();
        assertTrue(deposited(c, "U-3").isEmpty());
    }

    @Test
    void anUnreachablePortalIsSaidInTheUsersWordsAndNothingWasSent() throws Exception {
        start();
        ChorusConnector c = connect();
        emulator.close(); // the portal goes away: the next connection is refused
        PortalException e = assertThrows(PortalException.Unavailable.class, () -> c.deposit(flux("U-4")));
        assertTrue(e.getMessage().contains("connexion refus\u00e9e") || e.getMessage().contains("connection refused"),
                e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void aServerErrorIsUnavailableWithoutRetry() throws Exception {
        start(b -> b.fault(Fault.on(SEARCH, FaultKind.SERVER_ERROR, 1)));
        ChorusConnector c = connect();
        assertThrows(PortalException.Unavailable.class,
                () -> c.lookupStructure(Invoices.PLAIN, new NullProgressMonitor()));
        assertEquals(1, calls(SEARCH));
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsFine() throws Exception {
        start(b -> b.fault(Fault.on(SEARCH, FaultKind.SLOW, 1).withDelay(300)));
        assertTrue(connect().lookupStructure(Invoices.PLAIN, new NullProgressMonitor()).isPresent());
    }

    @Test
    void noAnswerToASafeCallIsATimeout() throws Exception {
        start(b -> b.fault(Fault.on(SEARCH, FaultKind.SLOW, 1).withDelay(1500)));
        ChorusConnector c = connect(settings(), fast().withTimeouts(Duration.ofMillis(400), Duration.ofMillis(400)),
                Clock.systemUTC());
        assertThrows(PortalException.Timeout.class, () -> c.lookupStructure(Invoices.PLAIN, new NullProgressMonitor()));
    }

    @Test
    void aDepositThatTimesOutIsAnswerLostAndNeverResent() throws Exception {
        start(b -> b.fault(Fault.on(DEPOSIT, FaultKind.TIMEOUT, 1).withDelay(1500)));
        ChorusConnector c = connect(settings(), fast().withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(400)),
                Clock.systemUTC());
        PortalException.AnswerLost e = assertThrows(PortalException.AnswerLost.class, () -> c.deposit(flux("T-1")));
        assertEquals("T-1.xml", e.fileName());
        assertEquals(1, calls(DEPOSIT));
    }

    @Test
    void aConnectionResetAfterTheDepositIsAnswerLostAndNeverResent() throws Exception {
        start(b -> b.fault(Fault.on(DEPOSIT, FaultKind.RESET_AFTER_ACCEPT, 1)));
        ChorusConnector c = connect();
        PortalException.AnswerLost e = assertThrows(PortalException.AnswerLost.class, () -> c.deposit(flux("R-1")));
        assertTrue(e.getMessage().contains("R-1.xml"), e.getMessage());
        assertEquals(1, calls(DEPOSIT), "never resent");
        assertEquals(1, deposited(c, "R-1").size(), "the portal did record it: resending would have doubled it");
    }

    @Test
    void aCutDepositAnswerIsAnswerLost() throws Exception {
        start(b -> b.fault(Fault.on(DEPOSIT, FaultKind.MALFORMED_JSON, 1)));
        ChorusConnector c = connect();
        assertThrows(PortalException.AnswerLost.class, () -> c.deposit(flux("M-1")));
        assertEquals(1, calls(DEPOSIT));
        assertEquals(1, deposited(c, "M-1").size());
    }

    @Test
    void aCutAnswerToASafeCallIsAProtocolError() throws Exception {
        start(b -> b.fault(Fault.on(REPORT, FaultKind.MALFORMED_JSON, 1)));
        ChorusConnector c = connect();
        String number = c.deposit(flux("M-2")).fluxNumber();
        assertThrows(PortalException.Protocol.class, () -> c.fluxReport(number));
    }

    @Test
    void anExpiredTokenIsRenewedOnceAndTheCallSucceeds() throws Exception {
        start(b -> b.fault(Fault.on(SUPPLIERS, FaultKind.TOKEN_EXPIRED, 2)));
        ChorusConnector c = connect();
        c.supplierStructures();
        assertEquals(1, calls(TOKEN));
        assertEquals(1, c.supplierStructures().size());
        assertEquals(2, calls(TOKEN));
        assertEquals(3, calls(SUPPLIERS));
    }

    @Test
    void aTokenRefusedTwiceIsAnAuthenticationError() throws Exception {
        start(b -> b.fault(Fault.from(SUPPLIERS, FaultKind.TOKEN_EXPIRED, 1)));
        PortalException.Authentication e = assertThrows(PortalException.Authentication.class,
                connect()::supplierStructures);
        assertEquals("invalid_token", e.reason());
        assertEquals(2, calls(TOKEN), "renewed once, not more");
    }

    @Test
    void aRefusedTechnicalAccountSaysWhyWithoutRenewingTheToken() throws Exception {
        start(b -> b.fault(Fault.on(SUPPLIERS, FaultKind.BAD_ACCOUNT, 1)));
        PortalException.Authentication e = assertThrows(PortalException.Authentication.class,
                connect()::checkCredentials);
        assertEquals("password_expired", e.reason());
        assertTrue(e.getMessage().contains("compte technique"), e.getMessage());
        assertEquals(1, calls(TOKEN));
    }

    @Test
    void aWrongTechnicalPasswordIsAnAuthenticationError() throws Exception {
        start();
        ChorusConnector c = connect(settings().withCredentials(CLIENT_ID, CLIENT_SECRET, LOGIN, "wrong"), fast(),
                Clock.systemUTC());
        assertEquals("password_invalid", assertThrows(PortalException.Authentication.class, c::checkCredentials).reason());
    }

    @Test
    void missingCredentialsFailBeforeAnyCall() throws Exception {
        start();
        ChorusConnector c = connect(settings().withCredentials(null, null, LOGIN, PASSWORD), fast(), Clock.systemUTC());
        assertEquals("missing", assertThrows(PortalException.Authentication.class, c::checkCredentials).reason());
        assertEquals(0, calls(TOKEN));
    }

    @Test
    void anOversizedFluxIsTooLargeAndNotRecorded() throws Exception {
        start(b -> b.fault(Fault.on(DEPOSIT, FaultKind.OVERSIZE, 1)));
        ChorusConnector c = connect();
        assertThrows(PortalException.TooLarge.class, () -> c.deposit(flux("O-1")));
        assertTrue(deposited(c, "O-1").isEmpty());
    }

    @Test
    void aFluxOverTheRealLimitIsTooLarge() throws Exception {
        start(b -> b.maxFluxBytes(200));
        assertThrows(PortalException.TooLarge.class, () -> connect().deposit(flux("O-2")));
    }

    @Test
    void anIncidentOnThePortalIsReportedAsSuch() throws Exception {
        start(b -> b.fault(Fault.on(DEPOSIT, FaultKind.FLUX_INCIDENT, 1)));
        ChorusConnector c = connect();
        String number = c.deposit(flux("I-1")).fluxNumber();
        integrate();
        FluxReport r = c.fluxReport(number);
        assertEquals(FluxState.INCIDENT, r.state());
        assertEquals("IN_INCIDENTE", r.portalState());
        assertFalse(r.technicalErrors().isEmpty());
    }

    @Test
    void anUnknownFluxIsRefusedWithThePortalsCode() throws Exception {
        start();
        PortalException.Refused e = assertThrows(PortalException.Refused.class, () -> connect().fluxReport("424242"));
        assertEquals("4", e.code());
        assertTrue(e.getMessage().contains("424242"), e.getMessage());
    }
}
