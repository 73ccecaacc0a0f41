// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.choral.emulator.Samples.Inv;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Asynchronous integration and invoice life cycle on the virtual clock. */
class LifecycleTest extends EmulatorTestSupport {

    @Test
    void fluxGoesThroughThePendingStatesToItsFinalState() throws Exception {
        start();
        client.login();
        String flux = client.deposit("F.xml", UBL, Samples.utf8(Inv.of("C1", Samples.PLAIN).ubl()))
                .get("numeroFluxDepot").asText();
        List<String> states = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            JsonNode report = client.detailed(flux);
            states.add(report.get("etatCourantDepotFlux").asText());
            emulator.clock().advance(Duration.ofSeconds(30));
        }
        assertEquals(List.of("IN_RECU", "IN_TRAITE_SE_CPP", "IN_EN_ATTENTE_TRAITEMENT_CPP", "IN_EN_COURS_TRAITEMENT_CPP",
                "IN_INTEGRE"), states);
    }

    @Test
    void rejectionsAreOnlyReportedOnceTheFluxIsProcessed() throws Exception {
        start();
        client.login();
        String flux = client.deposit("F.xml", UBL, Samples.utf8(Inv.of("C2", Samples.UNKNOWN).ubl()))
                .get("numeroFluxDepot").asText();
        assertEquals(0, client.detailed(flux).get("listeErreurDP").size());
        integrate();
        JsonNode done = client.detailed(flux);
        assertEquals("IN_REJETE", done.get("etatCourantDepotFlux").asText());
        assertEquals(1, done.get("listeErreurDP").size());
    }

    @Test
    void acceptedInvoicesAreRoutedThenPaid() throws Exception {
        start(b -> b.invoiceStep(Duration.ofHours(2)));
        client.login();
        String flux = client.deposit("F.xml", UBL, Samples.utf8(Inv.of("C3", Samples.PLAIN).ubl()))
                .get("numeroFluxDepot").asText();
        integrate();
        long id = invoiceId(flux);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seen.add(history(id).get("statutCourant").asText());
            emulator.clock().advance(Duration.ofHours(2));
        }
        assertEquals(List.of("DEPOSEE", "EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION", "SERVICE_FAIT", "MANDATEE",
                "MISE_EN_PAIEMENT", "MISE_EN_PAIEMENT"), seen);
        JsonNode history = history(id);
        assertEquals(6, history.get("historiquesDesStatuts").size());
        assertEquals("DEPOSEE", history.get("historiquesDesStatuts").get(0).get("statut").asText());
        assertTrue(history.get("historiquesDesStatuts").get(0).get("dateHeureChangement").asText().contains("T"));
        assertTrue(history.get("historiquesDesStatuts").get(5).get("motif").isNull());
    }

    @Test
    void configuredSharesEndSuspendedRejectedOrToRecycleWithAReason() throws Exception {
        for (String[] c : new String[][] { { "1,0,0", "SUSPENDUE" }, { "0,1,0", "REJETEE" }, { "0,0,1", "A_RECYCLER" } }) {
            String[] shares = c[0].split(",");
            start(b -> b.outcomes(Double.parseDouble(shares[0]), Double.parseDouble(shares[1]),
                    Double.parseDouble(shares[2])));
            client.login();
            String flux = client.deposit("F.xml", UBL, Samples.utf8(Inv.of("O-" + c[1], Samples.PLAIN).ubl()))
                    .get("numeroFluxDepot").asText();
            integrate();
            emulator.clock().advance(Duration.ofDays(1));
            JsonNode history = history(invoiceId(flux));
            assertEquals(c[1], history.get("statutCourant").asText());
            JsonNode last = history.get("historiquesDesStatuts").get(history.get("historiquesDesStatuts").size() - 1);
            assertTrue(last.get("motif").asText().length() > 10, last.toString());
            stop();
            emulator = null;
            data = data.resolve("next");
        }
    }

    @Test
    void outcomesAreDeterministicForASeed() throws Exception {
        List<String> first = outcomes(42);
        data = data.resolve("again");
        assertEquals(first, outcomes(42));
        assertTrue(first.contains("MISE_EN_PAIEMENT") && first.size() == 20);
        assertTrue(first.stream().anyMatch(s -> !s.equals("MISE_EN_PAIEMENT")), first.toString());
    }

    private List<String> outcomes(long seed) throws Exception {
        start(b -> b.seed(seed).outcomes(0.2, 0.2, 0.2));
        client.login();
        Inv[] invoices = new Inv[20];
        for (int i = 0; i < invoices.length; i++) {
            invoices[i] = Inv.of("S" + i, Samples.PLAIN);
        }
        client.deposit("lot.zip", UBL, Samples.zip(Samples.ublFiles(invoices)));
        integrate();
        emulator.clock().advance(Duration.ofDays(2));
        List<String> out = new ArrayList<>();
        JsonNode query = Client.JSON.createObjectNode().set("rechercheFactureParFournisseur",
                Client.JSON.createObjectNode().put("nbResultatsParPage", 50).put("triColonne", "NumeroFacture"));
        for (JsonNode f : client.post("/cpro/factures/v1/rechercher/fournisseur", query).json().get("listeFactures")) {
            out.add(f.get("statut").asText());
        }
        stop();
        emulator = null;
        return out;
    }

    @Test
    void speedFactorRunsTheClockFaster() throws Exception {
        start(b -> b.speed(3600));
        long before = emulator.clock().now().toEpochMilli();
        Thread.sleep(50);
        long elapsed = emulator.clock().now().toEpochMilli() - before;
        assertTrue(elapsed >= 50 * 3600, "virtual ms " + elapsed);
    }

    @Test
    void reportIsARealPdf() throws Exception {
        start();
        client.login();
        String flux = client.deposit("lot.zip", UBL, Samples.zip(Samples.ublFiles(Inv.of("R1", Samples.PLAIN),
                Inv.of("R2", Samples.UNKNOWN)))).get("numeroFluxDepot").asText();
        integrate();
        JsonNode cr = client.post("/cpro/transverses/v1/consulterCR", Client.JSON.createObjectNode()
                .put("numeroFluxDepot", flux)).json();
        assertEquals("IN_INTEGRE_PARTIEL", cr.get("etatCourantFlux").asText());
        byte[] pdf = Base64.getDecoder().decode(cr.get("fichierCR").asText());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(flux), text);
            assertTrue(text.contains("R1") && text.contains("R2") && text.contains("rejetée"), text);
        }
    }

    @Test
    void invoicesAreNotVisibleBeforeIntegration() throws Exception {
        start();
        client.login();
        String flux = client.deposit("F.xml", UBL, Samples.utf8(Inv.of("N1", Samples.PLAIN).ubl()))
                .get("numeroFluxDepot").asText();
        JsonNode search = client.post("/cpro/factures/v1/rechercher/fournisseur",
                Client.JSON.createObjectNode().put("numeroFluxDepot", flux)).json();
        assertEquals(0, search.get("parametresRetour").get("total").asInt());
        assertNull(search.get("listeFactures").get(0));
    }

    private long invoiceId(String flux) throws Exception {
        JsonNode search = client.post("/cpro/factures/v1/rechercher/fournisseur",
                Client.JSON.createObjectNode().put("numeroFluxDepot", flux)).json();
        return search.get("listeFactures").get(0).get("identifiantFactureCPP").asLong();
    }

    private JsonNode history(long id) throws Exception {
        Client.Answer a = client.post("/cpro/factures/v1/consulter/historique",
                Client.JSON.createObjectNode().put("idFacture", id));
        assertEquals(200, a.status(), a.raw().body());
        return a.json();
    }
}
