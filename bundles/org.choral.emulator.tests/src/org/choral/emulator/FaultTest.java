// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.choral.emulator.Samples.Inv;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every injectable fault, from the Java API and from a JSON file. */
class FaultTest extends EmulatorTestSupport {

    private static final String DEPOSIT = "/cpro/factures/v1/deposer/flux";
    private static final String SEARCH = "/cpro/structures/v1/rechercher";

    private ObjectNode body(String number) {
        return Client.depositBody(number + ".xml", UBL, Samples.utf8(Inv.of(number, Samples.PLAIN).ubl()));
    }

    /** Deposits recorded, read from the saved state (what survives whatever the client saw). */
    private int fluxCount() {
        try {
            return Client.JSON.readTree(data.resolve("emulator").resolve("state.json").toFile()).get("fluxes").size();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void tooManyRequestsOnTheChosenCallOnly() throws Exception {
        start();
        client.login();
        emulator.faults().add(Fault.on("rechercher", FaultKind.TOO_MANY_REQUESTS, 2).withRetryAfter(7));
        ObjectNode q = Client.JSON.createObjectNode();
        assertEquals(200, client.post(SEARCH, q).status());
        Client.Answer limited = client.post(SEARCH, q);
        assertEquals(429, limited.status());
        assertEquals("7", limited.header("Retry-After"));
        ContractTest.assertEnvelope(limited.json(), 429);
        assertEquals(200, client.post(SEARCH, q).status());
        assertEquals(3, emulator.faults().calls(SEARCH));
    }

    @Test
    void serverErrorsAreNotCarriedOut() throws Exception {
        start();
        client.login();
        emulator.faults().add(Fault.on(DEPOSIT, FaultKind.SERVER_ERROR, 1));
        emulator.faults().add(Fault.on(DEPOSIT, FaultKind.UNAVAILABLE, 2).withRetryAfter(3));
        assertEquals(500, client.post(DEPOSIT, body("E1")).status());
        Client.Answer unavailable = client.post(DEPOSIT, body("E1"));
        assertEquals(503, unavailable.status());
        assertEquals("3", unavailable.header("Retry-After"));
        assertEquals(0, fluxCount());
        assertEquals(200, client.post(DEPOSIT, body("E1")).status());
        assertEquals(1, fluxCount());
    }

    @Test
    void slowAnswersAndTimeouts() throws Exception {
        start();
        client.login();
        emulator.faults().add(Fault.on(SEARCH, FaultKind.SLOW, 1).withDelay(400));
        emulator.faults().add(Fault.on(DEPOSIT, FaultKind.TIMEOUT, 1).withDelay(1500));
        long t0 = System.nanoTime();
        assertEquals(200, client.post(SEARCH, Client.JSON.createObjectNode()).status());
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 400);
        client.timeout = Duration.ofMillis(300);
        assertThrows(HttpTimeoutException.class, () -> client.post(DEPOSIT, body("T1")));
        client.timeout = Duration.ofSeconds(30);
        assertEquals(0, fluxCount(), "a timed-out call is not carried out");
    }

    @Test
    void resetAfterAcceptRecordsTheDepositButLosesTheAnswer() throws Exception {
        start();
        client.login();
        emulator.faults().add(Fault.on("deposer/flux", FaultKind.RESET_AFTER_ACCEPT, 1));
        assertThrows(IOException.class, () -> client.post(DEPOSIT, body("R1")));
        assertEquals(1, fluxCount(), "the deposit was recorded");
        integrate();
        ObjectNode q = Client.JSON.createObjectNode().put("numeroFacture", "R1");
        assertEquals(1, client.post("/cpro/factures/v1/rechercher/fournisseur", q).json().get("listeFactures").size());
        // sending it again is a duplicate: the client must check before resending
        String again = client.post(DEPOSIT, body("R1")).json().get("numeroFluxDepot").asText();
        integrate();
        assertEquals("IN_REJETE", client.detailed(again).get("etatCourantDepotFlux").asText());
    }

    @Test
    void tokenExpiryMidRun() throws Exception {
        start();
        client.login();
        emulator.faults().add(Fault.on(SEARCH, FaultKind.TOKEN_EXPIRED, 2));
        assertEquals(200, client.post(SEARCH, Client.JSON.createObjectNode()).status());
        Client.Answer expired = client.post(SEARCH, Client.JSON.createObjectNode());
        assertEquals(401, expired.status());
        assertTrue(expired.header("WWW-Authenticate").contains("invalid_token"));
        client.login();
        assertEquals(200, client.post(SEARCH, Client.JSON.createObjectNode()).status());
    }

    @Test
    void tokensExpireOnTheRealClock() throws Exception {
        start(b -> b.tokenLifetime(Duration.ofMillis(300)));
        client.login();
        assertEquals(200, client.post(SEARCH, Client.JSON.createObjectNode()).status());
        Thread.sleep(400);
        assertEquals(401, client.post(SEARCH, Client.JSON.createObjectNode()).status());
    }

    @Test
    void badAccountOversizeAndMalformedJson() throws Exception {
        start();
        client.login();
        emulator.faults().add(Fault.on(SEARCH, FaultKind.BAD_ACCOUNT, 1));
        emulator.faults().add(Fault.on(DEPOSIT, FaultKind.OVERSIZE, 1));
        emulator.faults().add(Fault.on(DEPOSIT, FaultKind.MALFORMED_JSON, 2));
        Client.Answer account = client.post(SEARCH, Client.JSON.createObjectNode());
        assertEquals(401, account.status());
        assertTrue(account.header("WWW-Authenticate").contains("cpro-account"), account.header("WWW-Authenticate"));
        Client.Answer oversize = client.post(DEPOSIT, body("B1"));
        assertEquals(413, oversize.status());
        assertEquals(20003, oversize.json().get("codeRetour").asInt());
        Client.Answer malformed = client.post(DEPOSIT, body("B1"));
        assertEquals(200, malformed.status());
        assertThrows(JsonProcessingException.class, () -> Client.JSON.readTree(malformed.raw().body()));
        assertEquals(1, fluxCount(), "a malformed answer still means the deposit was made");
    }

    @Test
    void realOversizeIs413() throws Exception {
        start(b -> b.maxFluxBytes(1000));
        client.login();
        Client.Answer a = client.post(DEPOSIT, body("BIG"));
        assertEquals(413, a.status());
        assertEquals(20003, a.json().get("codeRetour").asInt());
    }

    @Test
    void fluxIncident() throws Exception {
        start();
        client.login();
        emulator.faults().add(Fault.on(DEPOSIT, FaultKind.FLUX_INCIDENT, 1));
        String flux = client.post(DEPOSIT, body("I1")).json().get("numeroFluxDepot").asText();
        integrate();
        assertEquals("IN_INCIDENTE", client.detailed(flux).get("etatCourantDepotFlux").asText());
        // an incident flux did not take the number: resending is accepted
        String again = client.post(DEPOSIT, body("I1")).json().get("numeroFluxDepot").asText();
        integrate();
        assertEquals("IN_INTEGRE", client.detailed(again).get("etatCourantDepotFlux").asText());
    }

    @Test
    void faultsFromAJsonFile() throws Exception {
        Path file = data.resolve("faults.json");
        Files.writeString(file, """
                {"faults": [
                  {"endpoint": "deposer/flux", "calls": [2], "kind": "RESET_AFTER_ACCEPT"},
                  {"endpoint": "*", "from": 4, "kind": "UNAVAILABLE", "retryAfter": 9},
                  {"endpoint": "rechercher", "calls": [1], "kind": "SLOW", "delayMillis": 10}
                ]}""");
        List<Fault> faults = FaultPlan.read(file);
        assertEquals(3, faults.size());
        start(b -> b.faults(faults));
        client.login(); // call 1 of the token endpoint
        assertEquals(200, client.post(DEPOSIT, body("J1")).status());
        assertThrows(IOException.class, () -> client.post(DEPOSIT, body("J2")));
        assertEquals(200, client.post(DEPOSIT, body("J3")).status());
        Client.Answer fourth = client.post(DEPOSIT, body("J4"));
        assertEquals(503, fourth.status());
        assertEquals("9", fourth.header("Retry-After"));

        Files.writeString(file, "{\"faults\": [{\"endpoint\": \"x\", \"calls\": [1], \"kind\": \"EXPLODE\"}]}");
        IOException e = assertThrows(IOException.class, () -> FaultPlan.read(file));
        assertTrue(e.getMessage().contains("faults.json") && e.getMessage().contains("EXPLODE"), e.getMessage());
        Files.writeString(file, "{\"faults\": [{\"kind\": \"SLOW\", \"calls\": [1]}]}");
        e = assertThrows(IOException.class, () -> FaultPlan.read(file));
        assertTrue(e.getMessage().contains("endpoint"), e.getMessage());
    }
}
