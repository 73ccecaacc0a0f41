// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.HttpRequestHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.choral.emulator.Fault;
import org.choral.emulator.FaultPlan;
import org.choral.emulator.internal.i18n.PortalTexts;
import org.choral.emulator.internal.state.EmulatorState;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every request goes through here: the fault plan first, then the token endpoint or the bearer and
 * {@code cpro-account} checks, then the operation; every JSON answer carries {@code codeRetour} and
 * {@code libelle}.
 */
public final class ApiRouter implements HttpRequestHandler {

    public static final String TOKEN_PATH = "/api/oauth/token"; //$NON-NLS-1$
    private static final ContentType JSON = ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8);
    private static final long SLACK = 1024 * 1024;

    /** A computed answer, before faults that change how it is delivered. */
    private record Answer(int status, byte[] body, Map<String, String> headers) {
    }

    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final Auth auth;
    private final FaultPlan faults;
    private final EmulatorState state;
    private final FluxEndpoints flux;
    private final long maxBody;
    private final ObjectMapper json = new ObjectMapper();

    public ApiRouter(Auth auth, FaultPlan faults, EmulatorState state, FluxEndpoints flux, InvoiceEndpoints invoices,
            StructureEndpoints structures, long maxFluxBytes) {
        this.auth = auth;
        this.faults = faults;
        this.state = state;
        this.flux = flux;
        this.maxBody = maxFluxBytes + SLACK;
        endpoints.put("/cpro/factures/v1/deposer/flux", flux::deposit); //$NON-NLS-1$
        endpoints.put("/cpro/transverses/v1/consulterCR", flux::report); //$NON-NLS-1$
        endpoints.put("/cpro/transverses/v1/consulterCRDetaille", flux::detailedReport); //$NON-NLS-1$
        endpoints.put("/cpro/factures/v1/rechercher/fournisseur", invoices::search); //$NON-NLS-1$
        endpoints.put("/cpro/factures/v1/consulter/historique", invoices::history); //$NON-NLS-1$
        endpoints.put("/cpro/structures/v1/rechercher", structures::search); //$NON-NLS-1$
        endpoints.put("/cpro/structures/v1/consulter", structures::consult); //$NON-NLS-1$
        endpoints.put("/cpro/structures/v1/rechercher/services", structures::services); //$NON-NLS-1$
        endpoints.put("/cpro/structures/v1/consulter/service", structures::service); //$NON-NLS-1$
        endpoints.put("/cpro/transverses/v1/recuperer/structures/actives/fournisseur", structures::activeSuppliers); //$NON-NLS-1$
        endpoints.put("/cpro/transverses/v1/telecharger/annuaire/destinataire", structures::download); //$NON-NLS-1$
    }

    @Override
    public void handle(ClassicHttpRequest request, ClassicHttpResponse response, HttpContext context) throws IOException {
        String path = request.getPath();
        int q = path.indexOf('?');
        path = q >= 0 ? path.substring(0, q) : path;
        Optional<Fault> fault = faults.next(path);
        boolean reset = false;
        boolean malformed = false;
        if (fault.isPresent()) {
            Fault f = fault.get();
            switch (f.kind()) {
            case TOO_MANY_REQUESTS -> {
                write(response, error(429, Codes.TOO_MANY_REQUESTS, PortalTexts.Fault_tooMany,
                        Map.of("Retry-After", String.valueOf(f.retryAfterSeconds())))); //$NON-NLS-1$
                return;
            }
            case SERVER_ERROR -> {
                write(response, error(500, Codes.SERVER_ERROR, PortalTexts.Fault_serverError, Map.of()));
                return;
            }
            case UNAVAILABLE -> {
                write(response, error(503, Codes.UNAVAILABLE, PortalTexts.Fault_unavailable,
                        Map.of("Retry-After", String.valueOf(f.retryAfterSeconds())))); //$NON-NLS-1$
                return;
            }
            case BAD_ACCOUNT -> {
                ApiError e = Auth.badAccount("password_expired", PortalTexts.Fault_badAccount); //$NON-NLS-1$
                write(response, error(e.status(), e.codeRetour(), e.getMessage(), e.headers()));
                return;
            }
            case OVERSIZE -> {
                write(response, error(413, Codes.TOO_LARGE, NLS.bind(PortalTexts.Api_tooLarge, maxBody - SLACK), Map.of()));
                return;
            }
            case SLOW -> pause(f.delayMillis());
            case TIMEOUT -> {
                pause(f.delayMillis());
                throw new SocketException(PortalTexts.Fault_timeout);
            }
            case RESET_AFTER_ACCEPT -> reset = true;
            case TOKEN_EXPIRED -> state.expireTokens();
            case MALFORMED_JSON -> malformed = true;
            case FLUX_INCIDENT -> flux.incidentOnNextDeposit();
            }
        }
        Answer answer = dispatch(request, path);
        if (reset) {
            // the work is done and saved; losing the answer is the point of this fault
            throw new SocketException(PortalTexts.Fault_reset);
        }
        if (malformed) {
            answer = new Answer(answer.status(), Arrays.copyOf(answer.body(), Math.max(1, answer.body().length / 2)),
                    answer.headers());
        }
        write(response, answer);
    }

    private Answer dispatch(ClassicHttpRequest request, String path) throws IOException {
        try {
            if (!"POST".equals(request.getMethod())) { //$NON-NLS-1$
                return error(405, Codes.NOT_ALLOWED, NLS.bind(PortalTexts.Api_notAllowed, request.getMethod()),
                        Map.of("Allow", "POST")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (TOKEN_PATH.equals(path)) {
                return token(request);
            }
            Endpoint endpoint = endpoints.get(path);
            if (endpoint == null) {
                return error(404, 404, NLS.bind(PortalTexts.Api_notFound, path), Map.of());
            }
            auth.check(header(request, "Authorization"), header(request, Auth.CPRO_ACCOUNT)); //$NON-NLS-1$
            ObjectNode result = endpoint.handle(body(request));
            ObjectNode out = json.createObjectNode();
            out.put("codeRetour", Codes.OK); //$NON-NLS-1$
            out.put("libelle", PortalTexts.Api_ok); //$NON-NLS-1$
            out.setAll(result);
            return new Answer(200, json.writeValueAsBytes(out), Map.of());
        } catch (ApiError e) {
            return error(e.status(), e.codeRetour(), e.getMessage(), e.headers());
        } catch (TooLarge e) {
            return error(413, Codes.TOO_LARGE, NLS.bind(PortalTexts.Api_tooLarge, maxBody - SLACK), Map.of());
        } catch (RuntimeException e) {
            return error(500, Codes.SERVER_ERROR, NLS.bind(PortalTexts.Api_internal, e), Map.of());
        }
    }

    private Answer token(ClassicHttpRequest request) throws IOException {
        String form = new String(bytes(request), StandardCharsets.UTF_8);
        try {
            return new Answer(200, json.writeValueAsBytes(auth.token(form, header(request, "Authorization"))), Map.of()); //$NON-NLS-1$
        } catch (Auth.OAuthError e) {
            ObjectNode out = json.createObjectNode();
            out.put("error", e.error()); //$NON-NLS-1$
            out.put("error_description", e.getMessage()); //$NON-NLS-1$
            out.put("codeRetour", e.codeRetour()); //$NON-NLS-1$
            out.put("libelle", e.getMessage()); //$NON-NLS-1$
            return new Answer(e.status(), json.writeValueAsBytes(out), Map.of());
        } catch (ApiError e) {
            return error(e.status(), e.codeRetour(), e.getMessage(), e.headers());
        }
    }

    private JsonNode body(ClassicHttpRequest request) throws IOException, ApiError {
        byte[] bytes = bytes(request);
        if (bytes.length == 0) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest(Codes.BAD_JSON, PortalTexts.Api_notAnObject);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest(Codes.BAD_JSON, NLS.bind(PortalTexts.Api_badJson, e.getOriginalMessage()));
        }
    }

    private byte[] bytes(ClassicHttpRequest request) throws IOException {
        HttpEntity entity = request.getEntity();
        if (entity == null) {
            return new byte[0];
        }
        try (InputStream in = entity.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0;) {
                total += n;
                if (total > maxBody) {
                    throw new TooLarge();
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    private Answer error(int status, int code, String libelle, Map<String, String> headers) {
        ObjectNode out = json.createObjectNode();
        out.put("codeRetour", code); //$NON-NLS-1$
        out.put("libelle", libelle); //$NON-NLS-1$
        try {
            return new Answer(status, json.writeValueAsBytes(out), headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(ClassicHttpResponse response, Answer answer) {
        response.setCode(answer.status());
        answer.headers().forEach(response::addHeader);
        response.setEntity(new ByteArrayEntity(answer.body(), JSON));
    }

    private static String header(ClassicHttpRequest request, String name) {
        Header h = request.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    private static void pause(long millis) throws InterruptedIOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(PortalTexts.Fault_interrupted);
        }
    }

    /** A body over the limit: answered 413 by {@link #handle}'s caller path. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
