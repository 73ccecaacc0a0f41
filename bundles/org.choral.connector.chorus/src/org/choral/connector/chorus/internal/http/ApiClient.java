// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.choral.connector.chorus.internal.ChorusEndpoints;
import org.choral.connector.chorus.internal.Sleeper;
import org.choral.connector.chorus.internal.Tuning;
import org.choral.connector.chorus.internal.i18n.Messages;
import org.choral.core.api.portal.PortalException;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.ProxySettings;
import org.eclipse.osgi.util.NLS;
import org.slf4j.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Chorus Pro API over HTTP: one pooled keep-alive client, the PISTE token (cached, renewed
 * before it expires and once on a 401), {@code cpro-account} on every call, the user's pause,
 * back-off on 429 and 503 (both say the request was not processed: every call, a deposit too, is
 * made again after the wait asked), and the mapping of every failure to a {@link PortalException}.
 * It logs the path, status and time of each call; never a header, a secret or a body.
 */
public final class ApiClient implements AutoCloseable {

    private static final String JSON_UTF8 = "application/json;charset=utf-8"; //$NON-NLS-1$
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final ChorusEndpoints endpoints;
    private final PortalSettings settings;
    private final Tuning tuning;
    private final Logger log;
    private final Sleeper sleeper;
    private final CloseableHttpClient http;
    private final TokenCache tokens;
    private final Pacer pacer;
    private final Object tokenLock = new Object();
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            false);

    public ApiClient(ChorusEndpoints endpoints, PortalSettings settings, Tuning tuning, Logger log, Clock clock,
            Sleeper sleeper) {
        this.endpoints = endpoints;
        this.settings = settings;
        this.tuning = tuning;
        this.log = log;
        this.sleeper = sleeper;
        this.tokens = new TokenCache(clock, tuning.tokenMargin());
        this.pacer = new Pacer(settings.pause(), sleeper);
        this.http = client(settings.proxy(), tuning);
    }

    private static CloseableHttpClient client(ProxySettings proxy, Tuning tuning) {
        HttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(SystemTrust.context()))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(tuning.connectTimeout()))
                        .setSocketTimeout(Timeout.of(tuning.responseTimeout()))
                        // a connection idle this long is checked first: a stale one must not eat a deposit
                        .setValidateAfterInactivity(TimeValue.ofMilliseconds(500))
                        .build())
                .setMaxConnPerRoute(4).setMaxConnTotal(8).build();
        HttpClientBuilder builder = HttpClientBuilder.create().setConnectionManager(pool)
                .disableAutomaticRetries() // retries are decided here, call by call: a deposit is never resent
                .disableRedirectHandling().disableCookieManagement().setUserAgent("Choral/0.1"); //$NON-NLS-1$
        if (proxy != null) {
            HttpHost host = new HttpHost(proxy.host(), proxy.port());
            builder.setProxy(host);
            if (proxy.login() != null && !proxy.login().isBlank()) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(proxy.login(),
                        proxy.password() == null ? new char[0] : proxy.password().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        return builder.build();
    }

    public ChorusEndpoints endpoints() {
        return endpoints;
    }

    public ObjectMapper json() {
        return json;
    }

    /** A call that changes nothing on the portal (safe to repeat); the answer's {@code codeRetour} is 0. */
    public JsonNode call(String path, Object body) throws PortalException {
        JsonNode answer = api(path, () -> jsonEntity(body), true, json::readTree, null);
        return checked(path, answer, true, null);
    }

    /** Same, the 200 body read by {@code reader} as it streams in. */
    public <T> T stream(String path, Object body, BodyReader<T> reader) throws PortalException {
        return api(path, () -> jsonEntity(body), true, reader, null);
    }

    /** The {@code deposer/flux} call: never resent once it may have reached the portal. */
    public JsonNode deposit(String path, Supplier<HttpEntity> entity, String fileName) throws PortalException {
        JsonNode answer = api(path, entity, false, json::readTree, fileName);
        return checked(path, answer, false, fileName);
    }

    private JsonNode checked(String path, JsonNode answer, boolean safe, String fileName) throws PortalException {
        if (answer == null || !answer.isObject()) {
            throw Failures.unreadable(new IOException(Messages.Error_notAnObject), path, safe, fileName);
        }
        JsonNode code = answer.get("codeRetour"); //$NON-NLS-1$
        if (code != null && !code.isNull() && code.asInt(-1) != 0) {
            throw new PortalException.Refused(NLS.bind(Messages.Error_refused,
                    new Object[] { path, Failures.libelle(answer), code.asText() }), code.asText());
        }
        return answer;
    }

    private <T> T api(String path, Supplier<HttpEntity> entity, boolean safe, BodyReader<T> reader, String fileName)
            throws PortalException {
        URI uri = endpoints.resolve(path);
        String account = account();
        boolean renewed = false;
        while (true) {
            String token = token();
            Answer<T> a = send(() -> {
                HttpPost post = new HttpPost(uri);
                post.setHeader("Authorization", "Bearer " + token); //$NON-NLS-1$ //$NON-NLS-2$
                post.setHeader("cpro-account", account); //$NON-NLS-1$
                post.setHeader("Accept", "application/json"); //$NON-NLS-1$ //$NON-NLS-2$
                post.setEntity(entity.get());
                post.setConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(safe ? tuning.responseTimeout() : tuning.depositTimeout()))
                        .build());
                return post;
            }, path, safe, reader, fileName);
            if (a.status() == 200) {
                if (a.failure() != null) {
                    throw Failures.unreadable(a.failure(), path, safe, fileName);
                }
                return a.value();
            }
            if (a.status() == 401 && !renewed && Failures.isTokenChallenge(a.challenge())) {
                // the token may have been revoked or expired early: one fresh token, one more try
                log.info("POST {}: token refused, renewing it once", path); //$NON-NLS-1$
                tokens.invalidate(token);
                renewed = true;
                continue;
            }
            throw Failures.status(a, path, endpoints.environment().key());
        }
    }

    private String account() throws PortalException {
        requireCredentials(settings.login(), settings.password(), "CHORAL_TECH_LOGIN / CHORAL_TECH_PASSWORD"); //$NON-NLS-1$
        return Base64.getEncoder()
                .encodeToString((settings.login() + ':' + settings.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static void requireCredentials(String a, String b, String names) throws PortalException {
        if (a == null || a.isBlank() || b == null || b.isBlank()) {
            throw new PortalException.Authentication(NLS.bind(Messages.Error_noCredentials, names), "missing"); //$NON-NLS-1$
        }
    }

    /** The cached token, or a new one from the PISTE token endpoint. */
    String token() throws PortalException {
        synchronized (tokenLock) {
            String fresh = tokens.fresh();
            if (fresh != null) {
                return fresh;
            }
            requireCredentials(settings.clientId(), settings.clientSecret(),
                    "CHORAL_PISTE_CLIENT_ID / CHORAL_PISTE_CLIENT_SECRET"); //$NON-NLS-1$
            String label = endpoints.token().getPath();
            Answer<JsonNode> a = send(() -> {
                HttpPost post = new HttpPost(endpoints.token());
                post.setHeader("Accept", "application/json"); //$NON-NLS-1$ //$NON-NLS-2$
                post.setEntity(new UrlEncodedFormEntity(List.of(
                        new BasicNameValuePair("grant_type", "client_credentials"), //$NON-NLS-1$ //$NON-NLS-2$
                        new BasicNameValuePair("client_id", settings.clientId()), //$NON-NLS-1$
                        new BasicNameValuePair("client_secret", settings.clientSecret()), //$NON-NLS-1$
                        new BasicNameValuePair("scope", "openid")), StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
                return post;
            }, label, true, json::readTree, null);
            if (a.status() == 400 || a.status() == 401) {
                String reason = Failures.text(a.error(), "error"); //$NON-NLS-1$
                throw new PortalException.Authentication(NLS.bind(Messages.Error_client, Failures.libelle(a.error())),
                        reason == null ? "invalid_client" : reason); //$NON-NLS-1$
            }
            if (a.status() != 200) {
                throw Failures.status(a, label, endpoints.environment().key());
            }
            if (a.failure() != null) {
                throw Failures.unreadable(a.failure(), label, true, null);
            }
            String value = Failures.text(a.value(), "access_token"); //$NON-NLS-1$
            if (value == null) {
                throw new PortalException.Protocol(NLS.bind(Messages.Error_missingField, label, "access_token"), null); //$NON-NLS-1$
            }
            long seconds = a.value().path("expires_in").asLong(3600); //$NON-NLS-1$
            tokens.put(value, Duration.ofSeconds(seconds > 0 ? seconds : 3600));
            log.info("PISTE token obtained, valid {} s", seconds); //$NON-NLS-1$
            return value;
        }
    }

    /** One exchange, repeated while the portal asks to wait and the call may be repeated. */
    private <T> Answer<T> send(Supplier<HttpPost> request, String label, boolean safe, BodyReader<T> reader,
            String fileName) throws PortalException {
        for (int attempt = 1;; attempt++) {
            pacer.await();
            long t0 = System.nanoTime();
            Answer<T> a;
            try {
                a = http.execute(request.get(), handler(reader));
            } catch (IOException e) {
                // not a warning: the caller gets the typed error and tells the user, in their language
                log.info("POST {} failed after {} ms: {}", label, millis(t0), e.getClass().getSimpleName()); //$NON-NLS-1$
                throw Failures.transport(e, label, safe, fileName);
            }
            log.info("POST {} -> HTTP {} in {} ms", label, a.status(), millis(t0)); //$NON-NLS-1$
            // 429 and 503 mean « not processed, come back later » (RFC 6585, RFC 9110): even a deposit is sent
            // again. A 500, or no answer at all, may come after processing: never repeated here.
            boolean again = a.status() == 429 || a.status() == 503;
            if (!again || attempt >= tuning.attempts()) {
                return a;
            }
            Duration asked = Failures.retryAfter(a.retryAfter());
            Duration wait = asked != null ? asked : tuning.backoff().multipliedBy(1L << (attempt - 1));
            if (wait.compareTo(tuning.maxWait()) > 0) {
                return a;
            }
            log.info("POST {}: HTTP {}, waiting {} ms before attempt {}", label, a.status(), wait.toMillis(), attempt + 1); //$NON-NLS-1$
            sleeper.pause(wait);
        }
    }

    private <T> HttpClientResponseHandler<Answer<T>> handler(BodyReader<T> reader) {
        return (ClassicHttpResponse response) -> {
            int status = response.getCode();
            String retryAfter = header(response, "Retry-After"); //$NON-NLS-1$
            String challenge = header(response, "WWW-Authenticate"); //$NON-NLS-1$
            HttpEntity entity = response.getEntity();
            if (status == 200) {
                try (InputStream in = entity == null ? InputStream.nullInputStream() : entity.getContent()) {
                    return new Answer<>(status, reader.read(in), null, null, retryAfter, challenge);
                } catch (IOException e) {
                    return new Answer<>(status, null, e, null, retryAfter, challenge);
                }
            }
            return new Answer<>(status, null, null, errorBody(entity), retryAfter, challenge);
        };
    }

    private JsonNode errorBody(HttpEntity entity) {
        if (entity == null) {
            return null;
        }
        try (InputStream in = entity.getContent()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(new BoundedOutput(out, MAX_ERROR_BODY));
            return json.readTree(out.toByteArray());
        } catch (IOException e) {
            return null; // an error page in HTML: the status alone says what happened
        }
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    private HttpEntity jsonEntity(Object body) {
        try {
            return new ByteArrayEntity(json.writeValueAsBytes(body), ContentType.parse(JSON_UTF8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    /** Keeps the first {@code limit} bytes of an error body and drops the rest. */
    private static final class BoundedOutput extends java.io.OutputStream {
        private final ByteArrayOutputStream out;
        private final int limit;

        BoundedOutput(ByteArrayOutputStream out, int limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) {
            if (out.size() < limit) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int room = Math.min(len, limit - out.size());
            if (room > 0) {
                out.write(b, off, room);
            }
        }
    }
}
