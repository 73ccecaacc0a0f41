// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import org.choral.emulator.Samples.Inv;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** State kept in DATA/emulator across restarts. */
class PersistenceTest extends EmulatorTestSupport {

    @Test
    void depositsIdsTokensAndTimeSurviveARestart() throws Exception {
        start();
        client.login();
        String flux = client.deposit("F.xml", UBL, Samples.utf8(Inv.of("P1", Samples.PLAIN).ubl()))
                .get("numeroFluxDepot").asText();
        integrate();
        emulator.clock().advance(Duration.ofDays(10));
        Instant before = emulator.clock().now();
        long structureId = structureId();
        String token = client.token;
        emulator.close();
        assertTrue(Files.exists(data.resolve("emulator").resolve("state.json")));
        assertFalse(Files.exists(data.resolve("emulator").resolve("state.json.tmp")));

        emulator = Emulator.start(EmulatorConfig.builder(data.resolve("emulator")).port(0).speed(0)
                .structures(Samples.directory()).build());
        client = new Client(emulator.baseUrl());
        client.token = token;
        assertFalse(emulator.clock().now().isBefore(before), "virtual time never goes back: " + before + " then " + emulator.clock().now() + " saved " + Files.readString(data.resolve("emulator").resolve("state.json")).substring(0, 60));
        JsonNode report = client.detailed(flux);
        assertEquals("IN_INTEGRE", report.get("etatCourantDepotFlux").asText(), report.toString());
        assertEquals(structureId, structureId());
        JsonNode search = client.post("/cpro/factures/v1/rechercher/fournisseur",
                Client.JSON.createObjectNode().put("numeroFluxDepot", flux)).json();
        assertEquals("MISE_EN_PAIEMENT", search.get("listeFactures").get(0).get("statut").asText());
        // the duplicate check remembers invoices accepted before the restart
        assertEquals("IN_REJETE", depositAndIntegrate("F.xml", UBL, Samples.utf8(Inv.of("P1", Samples.PLAIN).ubl()))
                .get("etatCourantDepotFlux").asText());
        String second = client.deposit("G.xml", UBL, Samples.utf8(Inv.of("P2", Samples.PLAIN).ubl()))
                .get("numeroFluxDepot").asText();
        assertTrue(second.compareTo(flux) > 0, "flux numbers keep counting: " + second);
    }

    @Test
    void aCorruptStateFileIsNamedNotOverwritten() throws Exception {
        Files.createDirectories(data.resolve("emulator"));
        Files.writeString(data.resolve("emulator").resolve("state.json"), "{ truncated");
        IOException e = assertThrows(IOException.class, () -> start());
        assertTrue(e.getMessage().contains("state.json"), e.getMessage());
        assertEquals("{ truncated", Files.readString(data.resolve("emulator").resolve("state.json")));
    }

    private long structureId() throws Exception {
        ObjectNode query = Client.JSON.createObjectNode();
        query.putObject("structure").put("identifiantStructure", Samples.PLAIN);
        return client.post("/cpro/structures/v1/rechercher", query).json().get("listeStructures").get(0)
                .get("idStructureCPP").asLong();
    }
}
