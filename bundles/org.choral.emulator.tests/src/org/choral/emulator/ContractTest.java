// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.choral.core.api.directory.Structure;
import org.choral.emulator.Samples.Inv;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.choral.emulator.internal.directory.DirectoryLoader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The API contract of chorus-reference.md §4: fields, envelopes, paging, errors. */
class ContractTest extends EmulatorTestSupport {

    private static final ObjectNode EMPTY = Client.JSON.createObjectNode();

    @Test
    void tokenEndpointIssuesBearerTokens() throws Exception {
        start();
        assertTrue(emulator.baseUrl().toString().startsWith("http://127.0.0.1:"));
        Client.Answer a = client.tokenRequest("grant_type=client_credentials&client_id=a&client_secret=b&scope=openid");
        assertEquals(200, a.status());
        JsonNode token = a.json();
        assertFalse(token.get("access_token").asText().isBlank());
        assertEquals("Bearer", token.get("token_type").asText());
        assertEquals(3600, token.get("expires_in").asInt());

        Client.Answer badGrant = client.tokenRequest("grant_type=password&client_id=a&client_secret=b");
        assertEquals(400, badGrant.status());
        assertEquals("unsupported_grant_type", badGrant.json().get("error").asText());
        Client.Answer noSecret = client.tokenRequest("grant_type=client_credentials&client_id=a");
        assertEquals(401, noSecret.status());
        assertEquals("invalid_client", noSecret.json().get("error").asText());
    }

    @Test
    void everyCallNeedsBearerAndTechnicalAccount() throws Exception {
        start();
        Client.Answer noToken = client.post("/cpro/structures/v1/rechercher", EMPTY);
        assertEquals(401, noToken.status());
        assertTrue(noToken.header("WWW-Authenticate").startsWith("Bearer"));
        assertEnvelope(noToken.json(), 401);

        client.token = "forged";
        assertTrue(client.post("/cpro/structures/v1/rechercher", EMPTY).header("WWW-Authenticate")
                .contains("invalid_token"));

        client.login();
        client.account = null;
        Client.Answer noAccount = client.post("/cpro/structures/v1/rechercher", EMPTY);
        assertEquals(401, noAccount.status());
        assertTrue(noAccount.header("WWW-Authenticate").contains("account_missing"), noAccount.header("WWW-Authenticate"));
        client.account = Base64.getEncoder().encodeToString("no-colon".getBytes());
        assertTrue(client.post("/cpro/structures/v1/rechercher", EMPTY).header("WWW-Authenticate")
                .contains("account_malformed"));
    }

    @Test
    void badRequestsAre400WithCodeRetourAndLibelle() throws Exception {
        start();
        client.login();
        Client.Answer notJson = client.post("/cpro/factures/v1/deposer/flux", "{not json");
        assertEquals(400, notJson.status());
        assertEnvelopeError(notJson.json());
        Client.Answer missing = client.post("/cpro/factures/v1/deposer/flux", EMPTY);
        assertEquals(400, missing.status());
        assertTrue(missing.json().get("libelle").asText().contains("fichierFlux"));
        ObjectNode badSyntax = Client.depositBody("f.xml", "IN_DP_E1_CII_FACTURX", Samples.utf8("x"));
        Client.Answer syntax = client.post("/cpro/factures/v1/deposer/flux", badSyntax);
        assertEquals(400, syntax.status());
        assertTrue(syntax.json().get("libelle").asText().contains("IN_DP_E1_CII_FACTURX"));
        ObjectNode badBase64 = Client.depositBody("f.xml", UBL, Samples.utf8("x")).put("fichierFlux", "***");
        assertEquals(400, client.post("/cpro/factures/v1/deposer/flux", badBase64).status());
        assertEquals(404, client.post("/cpro/nothing/here", EMPTY).status());
        Client.Answer get = client.get("/cpro/structures/v1/rechercher");
        assertEquals(405, get.status());
        assertEquals("POST", get.header("Allow"));
        assertEquals(400, client.post("/cpro/transverses/v1/consulterCR", Client.JSON.createObjectNode()
                .put("numeroFluxDepot", "CPP0000009999")).status());
    }

    @Test
    void depositAnswersWithFluxNumberAndDate() throws Exception {
        start();
        client.login();
        JsonNode answer = client.deposit("F1.xml", UBL, Samples.utf8(Inv.of("F1", Samples.PLAIN).ubl()));
        assertEnvelope(answer, 0);
        assertTrue(answer.get("numeroFluxDepot").asText().startsWith("CPP"));
        assertTrue(answer.get("dateDepot").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertEquals(UBL, answer.get("syntaxeFlux").asText());
    }

    @Test
    void reportsCarryTheirFields() throws Exception {
        start();
        client.login();
        String flux = client.deposit("F1.xml", UBL, Samples.utf8(Inv.of("F1", Samples.PLAIN).ubl()))
                .get("numeroFluxDepot").asText();
        JsonNode cr = client.post("/cpro/transverses/v1/consulterCR", Client.JSON.createObjectNode()
                .put("numeroFluxDepot", flux).put("syntaxeFlux", UBL)).json();
        assertEnvelope(cr, 0);
        for (String field : List.of("numeroFluxDepot", "nomFichierFlux", "dateDepotFlux", "dateHeureEtatCourantFlux",
                "etatCourantFlux", "fichierCR")) {
            assertNotNull(cr.get(field), field);
        }
        assertEquals("IN_RECU", cr.get("etatCourantFlux").asText());
        JsonNode detailed = client.detailed(flux);
        assertEnvelope(detailed, 0);
        for (String field : List.of("etatCourantDepotFlux", "dateDepotFlux", "dateHeureEtatCourantFlux", "nomFichier")) {
            assertNotNull(detailed.get(field), field);
        }
        assertTrue(detailed.get("listeErreurDP").isArray());
        assertTrue(detailed.get("listeErreurTechnique").isArray());
    }

    @Test
    void consulterCrGivesThePdfReportOfTheFluxWithItsDateStateInvoicesAndErrors() throws Exception {
        start();
        client.login();
        emulator.faults().add(Fault.on("deposer/flux", FaultKind.FLUX_INCIDENT, 2));
        String partial = client.deposit("lot.zip", UBL, Samples.zip(Samples.ublFiles(Inv.of("C1", Samples.PLAIN),
                Inv.of("C2", Samples.UNKNOWN)))).get("numeroFluxDepot").asText();
        String incident = client.deposit("C3.xml", UBL, Samples.utf8(Inv.of("C3", Samples.PLAIN).ubl()))
                .get("numeroFluxDepot").asText();
        String pending = pdfText(report(partial));
        assertTrue(pending.contains(partial) && pending.contains("IN_RECU"), pending);
        assertFalse(pending.contains("C1"), "no verdict before integration: " + pending);
        integrate();

        JsonNode cr = report(partial);
        assertEnvelope(cr, 0);
        assertEquals(partial, cr.get("numeroFluxDepot").asText());
        assertEquals("lot.zip", cr.get("nomFichierFlux").asText());
        assertTrue(cr.get("dateDepotFlux").asText().matches("\\d{4}-\\d{2}-\\d{2}"), cr.toString());
        assertTrue(cr.get("dateHeureEtatCourantFlux").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}"),
                cr.toString());
        assertEquals("IN_INTEGRE_PARTIEL", cr.get("etatCourantFlux").asText());
        String text = pdfText(cr);
        for (String expected : List.of(partial, "lot.zip", cr.get("dateDepotFlux").asText(), "IN_INTEGRE_PARTIEL",
                "C1", "intégrée", "C2", "rejetée")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        String incidentText = pdfText(report(incident));
        assertTrue(incidentText.contains("IN_INCIDENTE") && incidentText.contains("INCIDENT"), incidentText);

        Client.Answer missing = client.post("/cpro/transverses/v1/consulterCR", EMPTY);
        assertEquals(400, missing.status());
        assertTrue(missing.json().get("libelle").asText().contains("numeroFluxDepot"), missing.raw().body());
    }

    private JsonNode report(String flux) throws Exception {
        return client.post("/cpro/transverses/v1/consulterCR", Client.JSON.createObjectNode()
                .put("numeroFluxDepot", flux)).json();
    }

    private static String pdfText(JsonNode cr) throws Exception {
        byte[] pdf = Base64.getDecoder().decode(cr.get("fichierCR").asText());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void invoiceSearchIsPagedTenByDefault() throws Exception {
        start();
        client.login();
        Inv[] invoices = new Inv[25];
        for (int i = 0; i < invoices.length; i++) {
            invoices[i] = Inv.of(String.format("P%03d", i), Samples.PLAIN);
        }
        String flux = client.deposit("lot.zip", UBL, Samples.zip(Samples.ublFiles(invoices))).get("numeroFluxDepot")
                .asText();
        ObjectNode query = Client.JSON.createObjectNode().put("numeroFluxDepot", flux);
        JsonNode before = client.post("/cpro/factures/v1/rechercher/fournisseur", query).json();
        assertEquals(0, before.get("listeFactures").size(), "not visible before integration");
        integrate();
        List<String> seen = new ArrayList<>();
        JsonNode first = client.post("/cpro/factures/v1/rechercher/fournisseur", query).json();
        assertEnvelope(first, 0);
        assertEquals(3, first.get("parametresRetour").get("pages").asInt());
        assertEquals(25, first.get("parametresRetour").get("total").asInt());
        for (int page = 1; page <= 3; page++) {
            query.putObject("rechercheFactureParFournisseur").put("pageResultatDemandee", page)
                    .put("triColonne", "NumeroFacture").put("triSens", "Ascending");
            JsonNode answer = client.post("/cpro/factures/v1/rechercher/fournisseur", query).json();
            assertEquals(page, answer.get("parametresRetour").get("pageCourante").asInt());
            assertEquals(page < 3 ? 10 : 5, answer.get("listeFactures").size());
            for (JsonNode f : answer.get("listeFactures")) {
                seen.add(f.get("numeroFacture").asText());
                assertTrue(f.get("identifiantFactureCPP").asLong() > 0);
                assertEquals(flux, f.get("numeroFluxDepot").asText());
                assertEquals("DEPOSEE", f.get("statut").asText());
                assertNotNull(f.get("dateDepot"));
            }
        }
        assertEquals(25, seen.size());
        assertEquals("P000", seen.get(0));
        assertEquals("P024", seen.get(24));
        query.putObject("rechercheFactureParFournisseur").put("nbResultatsParPage", 5);
        assertEquals(5, client.post("/cpro/factures/v1/rechercher/fournisseur", query).json()
                .get("parametresRetour").get("pages").asInt());
        ObjectNode one = Client.JSON.createObjectNode().put("numeroFacture", "P007");
        assertEquals(1, client.post("/cpro/factures/v1/rechercher/fournisseur", one).json().get("listeFactures").size());
    }

    @Test
    void structureCallsFollowTheReference() throws Exception {
        start();
        client.login();
        ObjectNode query = Client.JSON.createObjectNode();
        query.putObject("structure").put("identifiantStructure", Samples.WITH_SERVICE).put("typeIdentifiantStructure", "SIRET");
        query.put("restreindreStructuresPrivees", false);
        query.putObject("parametres").put("nbResultatsParPage", 10).put("pageResultatDemandee", 1);
        JsonNode found = client.post("/cpro/structures/v1/rechercher", query).json();
        assertEnvelope(found, 0);
        JsonNode s = found.get("listeStructures").get(0);
        assertEquals(Samples.WITH_SERVICE, s.get("identifiantStructure").asText());
        assertEquals("SIRET", s.get("typeIdentifiantStructure").asText());
        assertEquals("ACTIVE", s.get("statut").asText());
        assertEquals("MINISTERE DES SERVICES", s.get("designationStructure").asText());
        long id = s.get("idStructureCPP").asLong();

        JsonNode card = client.post("/cpro/structures/v1/consulter", Client.JSON.createObjectNode()
                .put("idStructureCPP", id).put("codeLangue", "fr")).json();
        assertEnvelope(card, 0);
        assertTrue(card.get("parametres").get("codeServiceDoitEtreRenseigne").asBoolean());
        assertFalse(card.get("parametres").get("numeroEJDoitEtreRenseigne").asBoolean());
        assertFalse(card.get("parametres").get("gestionNumeroEJOuCodeService").asBoolean());
        assertNotNull(card.get("parametres").get("statutMiseEnPaiementNestPasRemonte"));
        assertNotNull(card.get("informationGenerales").get("dateExpirationMotPasseCompteTech"));

        ObjectNode servicesQuery = Client.JSON.createObjectNode().put("idStructure", id);
        servicesQuery.putObject("parametresRechercherServicesStructure").put("nbResultatsParPage", 2);
        JsonNode services = client.post("/cpro/structures/v1/rechercher/services", servicesQuery).json();
        assertEquals(2, services.get("listeServices").size());
        assertEquals(4, services.get("parametresRetour").get("total").asInt());
        assertEquals(2, services.get("parametresRetour").get("pages").asInt());
        JsonNode service = services.get("listeServices").get(0);
        for (String field : List.of("idService", "codeService", "libelleService", "estActif", "dateDbtService",
                "dateFinService")) {
            assertTrue(service.has(field), field);
        }
        servicesQuery.putObject("parametresRechercherServicesStructure").put("nbResultatsParPage", 10);
        long ejServiceId = 0;
        for (JsonNode v : client.post("/cpro/structures/v1/rechercher/services", servicesQuery).json().get("listeServices")) {
            if ("SERV-EJ".equals(v.get("codeService").asText())) {
                ejServiceId = v.get("idService").asLong();
            }
        }
        JsonNode ejService = client.post("/cpro/structures/v1/consulter/service", Client.JSON.createObjectNode()
                .put("idStructure", id).put("idService", ejServiceId).put("codeLangue", "fr")).json();
        assertEnvelope(ejService, 0);
        assertTrue(ejService.get("parametres").get("numeroEngagement").asBoolean());
        assertEquals(400, client.post("/cpro/structures/v1/consulter", Client.JSON.createObjectNode()
                .put("idStructureCPP", 1)).status());
    }

    @Test
    void activeSupplierStructuresOfTheAccount() throws Exception {
        start(b -> b.supplier(Samples.SUPPLIER));
        client.login();
        JsonNode answer = client.post("/cpro/transverses/v1/recuperer/structures/actives/fournisseur", EMPTY).json();
        assertEnvelope(answer, 0);
        JsonNode s = answer.get("listeStructures").get(0);
        assertEquals(Samples.SUPPLIER, s.get("identifiantStructure").asText());
        assertTrue(s.get("idStructureCPP").asLong() > 0);
        assertEquals("FOURNISSEUR SA", s.get("designationStructure").asText());
    }

    @Test
    void directoryDownloadIsAZipOfTheDirectoryItHolds() throws Exception {
        start();
        client.login();
        JsonNode answer = client.post("/cpro/transverses/v1/telecharger/annuaire/destinataire", EMPTY).json();
        assertEnvelope(answer, 0);
        byte[] zip = Base64.getDecoder().decode(answer.get("fichierResultat").asText());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("Structures.csv", "Services.csv"), names);
        Path file = data.resolve("annuaire.zip");
        Files.write(file, zip);
        List<Structure> reloaded = DirectoryLoader.load(List.of(file));
        assertEquals(emulator.structures(), reloaded);
    }

    static void assertEnvelope(JsonNode node, int code) {
        assertEquals(code, node.get("codeRetour").asInt(), node.toString());
        assertFalse(node.get("libelle").asText().isBlank());
    }

    static void assertEnvelopeError(JsonNode node) {
        assertTrue(node.get("codeRetour").asInt() != 0, node.toString());
        assertFalse(node.get("libelle").asText().isBlank());
    }
}
