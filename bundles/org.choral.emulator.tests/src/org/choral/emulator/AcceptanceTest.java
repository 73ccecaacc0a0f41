// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.choral.emulator.Samples.Inv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Each acceptance and rejection rule, judged by the emulator's own code. */
class AcceptanceTest extends EmulatorTestSupport {

    static Stream<Arguments> routingCases() {
        return Stream.of(
                Arguments.of("accepted: nothing required", Inv.of("A1", Samples.PLAIN), null),
                Arguments.of("SIRET missing", Inv.of("A2", null), "pas de numéro de SIRET"),
                Arguments.of("SIRET invalid", Inv.of("A3", "12345678901234"), "SIRET du destinataire invalide"),
                Arguments.of("structure unknown", Inv.of("A4", Samples.UNKNOWN), "n’existe pas dans l’annuaire"),
                Arguments.of("structure inactive", Inv.of("A5", Samples.INACTIVE), "n’est pas active"),
                Arguments.of("service required", Inv.of("A6", Samples.WITH_SERVICE), "exige un code service"),
                Arguments.of("service unknown", Inv.of("A7", Samples.WITH_SERVICE).service("NOPE"),
                        "Le service NOPE n’existe pas dans l’annuaire Chorus"),
                Arguments.of("service unknown, differs by case", Inv.of("A8", Samples.WITH_SERVICE).service("serv"),
                        "Le service serv n’existe pas"),
                Arguments.of("service inactive", Inv.of("A9", Samples.WITH_SERVICE).service("OLD"), "OLD n’est pas actif"),
                Arguments.of("FACTURES_PUBLIQUES", Inv.of("A10", Samples.WITH_SERVICE).service("FACTURES_PUBLIQUES"),
                        "réservé aux factures entre entités publiques"),
                Arguments.of("accepted: service given", Inv.of("A11", Samples.WITH_SERVICE).service(" SERV "), null),
                Arguments.of("engagement required by structure", Inv.of("A12", Samples.WITH_ENGAGEMENT),
                        "exige un numéro d’engagement"),
                Arguments.of("accepted: engagement given", Inv.of("A13", Samples.WITH_ENGAGEMENT).engagement("EJ-1"), null),
                Arguments.of("engagement required by service", Inv.of("A14", Samples.WITH_SERVICE).service("SERV-EJ"),
                        "Le service SERV-EJ exige un numéro d’engagement"),
                Arguments.of("service or engagement required", Inv.of("A15", Samples.SERVICE_OR_ENGAGEMENT),
                        "exige un code service ou un numéro d’engagement"),
                Arguments.of("accepted: engagement instead of service",
                        Inv.of("A16", Samples.SERVICE_OR_ENGAGEMENT).engagement("EJ-2"), null),
                Arguments.of("accepted: service instead of engagement",
                        Inv.of("A17", Samples.SERVICE_OR_ENGAGEMENT).service("COMPTA"), null),
                Arguments.of("engagement too long", Inv.of("A18", Samples.WITH_ENGAGEMENT).engagement("E".repeat(51)),
                        "plus de 50 caractères"),
                Arguments.of("supplier without SIRET", Inv.of("A19", Samples.PLAIN).supplier("FR12345678901"),
                        "Fournisseur non identifié"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routingCases")
    void routingRuleInUblAndCii(String label, Inv invoice, String expected) throws Exception {
        start();
        client.login();
        for (String syntax : List.of(UBL, CII)) {
            // a fresh number per syntax: an accepted number may not come twice from one supplier
            Inv numbered = new Inv(invoice.number() + (syntax.equals(UBL) ? "-U" : "-C"), invoice.supplier(),
                    invoice.recipient(), invoice.service(), invoice.engagement(), invoice.pdf());
            String xml = syntax.equals(UBL) ? numbered.ubl() : numbered.cii();
            JsonNode report = depositAndIntegrate(numbered.number() + ".xml", syntax, Samples.utf8(xml));
            assertEquals(0, report.get("listeErreurTechnique").size(), report.toString());
            if (expected == null) {
                assertEquals("IN_INTEGRE", report.get("etatCourantDepotFlux").asText(), syntax + " " + report);
                assertEquals(0, report.get("listeErreurDP").size());
            } else {
                assertEquals("IN_REJETE", report.get("etatCourantDepotFlux").asText(), syntax + " " + report);
                JsonNode error = report.get("listeErreurDP").get(0);
                assertEquals(numbered.number(), error.get("numeroDP").asText());
                assertTrue(error.get("libelleErreurDP").asText().contains(expected),
                        syntax + ": " + error.get("libelleErreurDP").asText());
                assertTrue(error.has("identifiantFournisseur") && error.has("identifiantDestinataire"));
            }
        }
    }

    @Test
    void lotWithSomeRejectedIsIntegratedPartially() throws Exception {
        start();
        client.login();
        byte[] lot = Samples.zip(Samples.ublFiles(Inv.of("L1", Samples.PLAIN), Inv.of("L2", Samples.UNKNOWN),
                Inv.of("L3", Samples.WITH_SERVICE).service("SERV")));
        JsonNode report = depositAndIntegrate("lot.zip", UBL, lot);
        assertEquals("IN_INTEGRE_PARTIEL", report.get("etatCourantDepotFlux").asText());
        assertEquals(1, report.get("listeErreurDP").size());
        assertEquals("L2", report.get("listeErreurDP").get(0).get("numeroDP").asText());
    }

    @Test
    void tarGzLotAndBareFileAreRead() throws Exception {
        start();
        client.login();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("lot/T1.xml", Samples.utf8(Inv.of("T1", Samples.PLAIN).cii()));
        files.put("lot/T2.xml", Samples.utf8(Inv.of("T2", Samples.PLAIN).cii()));
        JsonNode report = depositAndIntegrate("lot.tar.gz", CII, Samples.tarGz(files));
        assertEquals("IN_INTEGRE", report.get("etatCourantDepotFlux").asText(), report.toString());
        JsonNode search = client.post("/cpro/factures/v1/rechercher/fournisseur",
                Client.JSON.createObjectNode().put("numeroFluxDepot", report.get("numeroFluxDepot").asText())).json();
        assertEquals(2, search.get("parametresRetour").get("total").asInt());
    }

    @Test
    void duplicateNumbersPerSupplierAreRejected() throws Exception {
        start();
        client.login();
        assertEquals("IN_INTEGRE", depositAndIntegrate("D1.xml", UBL, Samples.utf8(Inv.of("D1", Samples.PLAIN).ubl()))
                .get("etatCourantDepotFlux").asText());
        JsonNode again = depositAndIntegrate("D1.xml", UBL, Samples.utf8(Inv.of("D1", Samples.PLAIN).ubl()));
        assertEquals("IN_REJETE", again.get("etatCourantDepotFlux").asText());
        assertTrue(again.get("listeErreurDP").get(0).get("libelleErreurDP").asText().contains("déjà été déposée"));
        // another supplier may use the same number; twice in one lot is a duplicate too
        byte[] lot = Samples.zip(Map.of("a.xml", Samples.utf8(Inv.of("D1", Samples.PLAIN).supplier(Samples.PLAIN).ubl()),
                "b.xml", Samples.utf8(Inv.of("D2", Samples.PLAIN).ubl()), "c.xml", Samples.utf8(Inv.of("D2", Samples.PLAIN).ubl())));
        JsonNode mixed = depositAndIntegrate("lot.zip", UBL, lot);
        assertEquals("IN_INTEGRE_PARTIEL", mixed.get("etatCourantDepotFlux").asText(), mixed.toString());
        assertEquals(1, mixed.get("listeErreurDP").size());
        assertEquals("D2", mixed.get("listeErreurDP").get(0).get("numeroDP").asText());
    }

    @Test
    void syntaxMustMatchContent() throws Exception {
        start();
        client.login();
        JsonNode ciiAsUbl = depositAndIntegrate("F.xml", UBL, Samples.utf8(Inv.of("S1", Samples.PLAIN).cii()));
        assertTechnical(ciiAsUbl, "SYNTAXE_INCOHERENTE", "F.xml");
        JsonNode pdfAsCii = depositAndIntegrate("F.pdf", CII, Samples.pdf());
        assertTechnical(pdfAsCii, "SYNTAXE_INCOHERENTE", "F.pdf");
        JsonNode xmlAsFacturX = depositAndIntegrate("F.xml", "IN_DP_E2_CII_FACTURX", Samples.utf8(Inv.of("S2", Samples.PLAIN).cii()));
        assertTechnical(xmlAsFacturX, "SYNTAXE_INCOHERENTE", "F.xml");
        JsonNode cpp = depositAndIntegrate("F.xml", "IN_DP_E2_CPP_FACTURE_MIN", Samples.utf8("<CPPFacture/>"));
        assertTechnical(cpp, "SYNTAXE_NON_PRISE_EN_CHARGE", "IN_DP_E2_CPP_FACTURE_MIN");
        JsonNode empty = depositAndIntegrate("vide.zip", UBL, Samples.zip(Map.of()));
        assertTechnical(empty, "LOT_VIDE", "vide.zip");
    }

    @Test
    void xmlMustBeWellFormedAndValid() throws Exception {
        start();
        client.login();
        JsonNode malformed = depositAndIntegrate("M.xml", UBL, Samples.utf8("<Invoice>\n<unclosed>\n</Invoice>"));
        assertTechnical(malformed, "XML_MAL_FORME", "M.xml, ligne 3");
        String invalid = Inv.of("V1", Samples.PLAIN).ubl().replace("<cbc:IssueDate>2025-01-15</cbc:IssueDate>", "");
        JsonNode notValid = depositAndIntegrate("V.xml", UBL, Samples.utf8(invalid));
        assertTechnical(notValid, "XML_NON_CONFORME", "V.xml, ligne");
        String badCii = Inv.of("V2", Samples.PLAIN).cii().replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:Oops/>");
        assertTechnical(depositAndIntegrate("C.xml", CII, Samples.utf8(badCii)), "XML_NON_CONFORME", "C.xml");
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() throws Exception {
        start();
        client.login();
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + Inv.of("X1", Samples.PLAIN).ubl().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
                        .replace("<cbc:ID>X1</cbc:ID>", "<cbc:ID>&x;</cbc:ID>");
        JsonNode report = depositAndIntegrate("X.xml", UBL, Samples.utf8(xxe));
        assertTechnical(report, "XML_MAL_FORME", "DOCTYPE");
        assertTrue(!report.toString().contains("root:"), "no file content leaks");
    }

    @Test
    void facturXCarriesItsCiiInsideThePdf() throws Exception {
        start();
        client.login();
        byte[] fx = Samples.facturX(Inv.of("FX1", Samples.WITH_SERVICE).service("SERV").cii());
        JsonNode ok = depositAndIntegrate("FX1.pdf", "IN_DP_E2_CII_FACTURX", fx);
        assertEquals("IN_INTEGRE", ok.get("etatCourantDepotFlux").asText(), ok.toString());
        byte[] wrong = Samples.facturX(Inv.of("FX2", Samples.WITH_SERVICE).cii());
        JsonNode rejected = depositAndIntegrate("FX2.pdf", "IN_DP_E2_CII_FACTURX", wrong);
        assertEquals("IN_REJETE", rejected.get("etatCourantDepotFlux").asText());
        JsonNode lot = depositAndIntegrate("fx.zip", "IN_DP_E2_CII_FACTURX", Samples.zip(Map.of(
                "FX3.pdf", Samples.facturX(Inv.of("FX3", Samples.PLAIN).cii()),
                "FX4.pdf", Samples.facturX(Inv.of("FX4", Samples.PLAIN).cii()))));
        assertEquals("IN_INTEGRE", lot.get("etatCourantDepotFlux").asText(), lot.toString());
        assertTechnical(depositAndIntegrate("plain.pdf", "IN_DP_E2_CII_FACTURX", Samples.facturX(null)),
                "FACTURX_SANS_XML", "plain.pdf");
    }

    @Test
    void mixedSyntaxesNeedThePdf() throws Exception {
        start();
        client.login();
        JsonNode noPdf = depositAndIntegrate("E1.xml", "IN_DP_E2_UBL_INVOICE_MIN", Samples.utf8(Inv.of("E1", Samples.PLAIN).ubl()));
        assertEquals("IN_REJETE", noPdf.get("etatCourantDepotFlux").asText());
        assertTrue(noPdf.get("listeErreurDP").get(0).get("libelleErreurDP").asText().contains("PDF"));
        JsonNode embedded = depositAndIntegrate("E2.xml", "IN_DP_E2_UBL_INVOICE_MIN",
                Samples.utf8(Inv.of("E2", Samples.PLAIN).withPdf().ubl()));
        assertEquals("IN_INTEGRE", embedded.get("etatCourantDepotFlux").asText(), embedded.toString());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("E3.xml", Samples.utf8(Inv.of("E3", Samples.PLAIN).cii()));
        files.put("E3.pdf", Samples.pdf());
        JsonNode sibling = depositAndIntegrate("e3.zip", "IN_DP_E2_CII_MIN_16B", Samples.zip(files));
        assertEquals("IN_INTEGRE", sibling.get("etatCourantDepotFlux").asText(), sibling.toString());
    }

    private static void assertTechnical(JsonNode report, String code, String inMessage) {
        assertEquals("IN_REJETE", report.get("etatCourantDepotFlux").asText(), report.toString());
        List<String> codes = new ArrayList<>();
        for (JsonNode e : report.get("listeErreurTechnique")) {
            codes.add(e.get("codeErreur").asText());
            if (code.equals(e.get("codeErreur").asText())) {
                assertTrue(e.get("libelleErreur").asText().contains(inMessage), e.get("libelleErreur").asText());
                assertEquals("TECHNIQUE", e.get("natureErreur").asText());
            }
        }
        assertTrue(codes.contains(code), report.toString());
    }
}
