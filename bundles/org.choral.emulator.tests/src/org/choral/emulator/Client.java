// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A plain java.net.http client speaking to the emulator the way a Chorus Pro client does. */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, headers and the body (parsed when it is JSON). */
    record Answer(int status, HttpResponse<String> raw) {
        Answer withStatus() {
            return new Answer(raw.statusCode(), raw);
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    String token;
    String account = Base64.getEncoder().encodeToString("tech@choral:secret".getBytes(StandardCharsets.UTF_8));
    Duration timeout = Duration.ofSeconds(30);

    Client(URI base) {
        this.base = base;
    }

    Answer tokenRequest(String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(timeout).build();
        return new Answer(0, http.send(request, HttpResponse.BodyHandlers.ofString())).withStatus();
    }

    /** Gets a token with any credentials (demo mode). */
    Client login() throws IOException, InterruptedException {
        token = tokenRequest("grant_type=client_credentials&client_id=app&client_secret=s3cret&scope=openid").json()
                .get("access_token").asText();
        return this;
    }

    Answer post(String path, Object body) throws IOException, InterruptedException {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)).timeout(timeout);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (account != null) {
            b.header("cpro-account", account);
        }
        return new Answer(0, http.send(b.build(), HttpResponse.BodyHandlers.ofString())).withStatus();
    }

    Answer get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).GET().timeout(timeout).build();
        return new Answer(0, http.send(request, HttpResponse.BodyHandlers.ofString())).withStatus();
    }

    /** Deposits {@code content} and returns the answer's JSON (asserting HTTP 200). */
    JsonNode deposit(String name, String syntax, byte[] content) throws IOException, InterruptedException {
        Answer a = post("/cpro/factures/v1/deposer/flux", depositBody(name, syntax, content));
        if (a.status() != 200) {
            throw new AssertionError(a.status() + " " + a.raw().body());
        }
        return a.json();
    }

    static ObjectNode depositBody(String name, String syntax, byte[] content) {
        ObjectNode body = JSON.createObjectNode();
        body.put("fichierFlux", Base64.getEncoder().encodeToString(content));
        body.put("nomFichier", name);
        body.put("syntaxeFlux", syntax);
        body.put("avecSignature", false);
        return body;
    }

    JsonNode detailed(String flux) throws IOException, InterruptedException {
        return post("/cpro/transverses/v1/consulterCRDetaille", JSON.createObjectNode().put("numeroFluxDepot", flux))
                .json();
    }
}
