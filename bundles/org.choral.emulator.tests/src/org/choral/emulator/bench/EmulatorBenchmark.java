// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.choral.core.api.directory.Structure;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How fast the emulator judges a lot: deposits a ZIP of N UBL invoices (schema validation, directory
 * routing, duplicates) over HTTP, then walks every result page. Prints medians of 5 runs.
 * Run with {@code bundles/org.choral.emulator.tests/bench.sh [N]}.
 */
public final class EmulatorBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EmulatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("emulator-bench");
        String siret = "21910377700013";
        List<Structure> directory = List.of(new Structure(siret, "COMMUNE", true, false, false, false, true, "", "", "",
                "FR", List.of()));
        try (Emulator emulator = Emulator.start(EmulatorConfig.builder(dir).port(0).speed(0).structures(directory).build())) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = JSON.readTree(http.send(HttpRequest.newBuilder(emulator.tokenUrl())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=a&client_secret=b"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).get("access_token").asText();
            List<Long> deposit = new ArrayList<>();
            List<Long> pages = new ArrayList<>();
            post(http, emulator.baseUrl(), token, "/cpro/factures/v1/deposer/flux", lot("WARMUP", 1, siret)); // schema compile
            for (int run = 0; run < 5; run++) {
                String body = lot("R" + run + "-", n, siret);
                long t0 = System.nanoTime();
                String flux = post(http, emulator.baseUrl(), token, "/cpro/factures/v1/deposer/flux", body)
                        .get("numeroFluxDepot").asText();
                deposit.add((System.nanoTime() - t0) / 1_000_000);
                emulator.clock().advance(Duration.ofMinutes(3));
                t0 = System.nanoTime();
                int total = 0;
                for (int page = 1;; page++) {
                    JsonNode answer = post(http, emulator.baseUrl(), token, "/cpro/factures/v1/rechercher/fournisseur",
                            "{\"numeroFluxDepot\":\"" + flux + "\",\"rechercheFactureParFournisseur\":{\"pageResultatDemandee\":"
                                    + page + "}}");
                    total += answer.get("listeFactures").size();
                    if (page >= answer.get("parametresRetour").get("pages").asInt()) {
                        break;
                    }
                }
                pages.add((System.nanoTime() - t0) / 1_000_000);
                if (total != n) {
                    throw new IllegalStateException("found " + total + " of " + n);
                }
            }
            System.out.printf("deposit+judge of a %d-invoice UBL lot: median %d ms%n", n, median(deposit));
            System.out.printf("walk all %d result pages (10 per page): median %d ms%n", (n + 9) / 10, median(pages));
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static JsonNode post(HttpClient http, URI base, String token, String path, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("cpro-account", Base64.getEncoder().encodeToString("tech:pw".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private static String lot(String prefix, int n, String siret) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < n; i++) {
                zip.putNextEntry(new ZipEntry(prefix + i + ".xml"));
                zip.write(ubl(prefix + i, siret).getBytes(StandardCharsets.UTF_8));
            }
        }
        return "{\"fichierFlux\":\"" + Base64.getEncoder().encodeToString(bytes.toByteArray())
                + "\",\"nomFichier\":\"lot.zip\",\"syntaxeFlux\":\"IN_DP_E1_UBL_INVOICE\",\"avecSignature\":false}";
    }

    private static String ubl(String number, String recipient) {
        return "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                + " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
                + "<cbc:ID>" + number + "</cbc:ID><cbc:IssueDate>2025-01-15</cbc:IssueDate>"
                + "<cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>S</cbc:RegistrationName>"
                + "<cbc:CompanyID>73282932000074</cbc:CompanyID></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>"
                + "<cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>C</cbc:RegistrationName>"
                + "<cbc:CompanyID>" + recipient + "</cbc:CompanyID></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>"
                + "<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"EUR\">120.00</cbc:PayableAmount></cac:LegalMonetaryTotal>"
                + "<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID=\"EUR\">100.00</cbc:LineExtensionAmount>"
                + "<cac:Item><cbc:Name>P</cbc:Name></cac:Item></cac:InvoiceLine></Invoice>";
    }
}
