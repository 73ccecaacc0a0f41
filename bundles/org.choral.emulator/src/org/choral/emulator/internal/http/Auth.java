// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.choral.emulator.internal.i18n.PortalTexts;
import org.choral.emulator.internal.state.EmulatorState;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The PISTE side: issues bearer tokens for {@code client_credentials}, and checks the
 * {@code Authorization} and {@code cpro-account} headers of every API call. Without configured
 * credentials any non-empty ones pass (demo mode); with them only those (strict mode).
 */
public final class Auth {

    public static final String CPRO_ACCOUNT = "cpro-account"; //$NON-NLS-1$
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate"; //$NON-NLS-1$

    private final EmulatorState state;
    private final Map<String, String> clients;
    private final Map<String, String> accounts;
    private final Duration lifetime;
    private final Clock realClock;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper();

    public Auth(EmulatorState state, Map<String, String> clients, Map<String, String> accounts, Duration lifetime,
            Clock realClock) {
        this.state = state;
        this.clients = clients;
        this.accounts = accounts;
        this.lifetime = lifetime;
        this.realClock = realClock;
    }

    /** Answers the token endpoint; the form is {@code application/x-www-form-urlencoded}. */
    public ObjectNode token(String form, String authorization) throws ApiError {
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) { //$NON-NLS-1$
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) { //$NON-NLS-1$
            String[] basic = decodePair(authorization.substring(6).trim());
            if (basic != null) {
                fields.putIfAbsent("client_id", basic[0]); //$NON-NLS-1$
                fields.putIfAbsent("client_secret", basic[1]); //$NON-NLS-1$
            }
        }
        if (!"client_credentials".equals(fields.get("grant_type"))) { //$NON-NLS-1$ //$NON-NLS-2$
            throw oauth(400, "unsupported_grant_type", PortalTexts.Auth_grantType); //$NON-NLS-1$
        }
        String id = fields.getOrDefault("client_id", ""); //$NON-NLS-1$ //$NON-NLS-2$
        String secret = fields.getOrDefault("client_secret", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (id.isEmpty() || secret.isEmpty() || (!clients.isEmpty() && !secret.equals(clients.get(id)))) {
            throw oauth(401, "invalid_client", PortalTexts.Auth_badClient); //$NON-NLS-1$
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        state.addToken(token, realClock.instant().plus(lifetime));
        ObjectNode out = json.createObjectNode();
        out.put("access_token", token); //$NON-NLS-1$
        out.put("token_type", "Bearer"); //$NON-NLS-1$ //$NON-NLS-2$
        out.put("expires_in", lifetime.toSeconds()); //$NON-NLS-1$
        out.put("scope", fields.getOrDefault("scope", "openid")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return out;
    }

    /** Checks the bearer token, then the technical account; a 401 says which and why. */
    public void check(String authorization, String account) throws ApiError {
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) //$NON-NLS-1$
                ? authorization.substring(7).trim() : null;
        if (token == null || token.isEmpty()) {
            throw unauthorized("Bearer realm=\"piste\", error=\"invalid_request\"", PortalTexts.Auth_noToken); //$NON-NLS-1$
        }
        if (!state.tokenValid(token, realClock.instant())) {
            throw unauthorized("Bearer realm=\"piste\", error=\"invalid_token\", error_description=\"token unknown or expired\"", //$NON-NLS-1$
                    PortalTexts.Auth_badToken);
        }
        if (account == null || account.isBlank()) {
            throw unauthorized("cpro-account error=\"account_missing\"", PortalTexts.Auth_noAccount); //$NON-NLS-1$
        }
        String[] pair = decodePair(account.trim());
        if (pair == null) {
            throw unauthorized("cpro-account error=\"account_malformed\"", PortalTexts.Auth_malformedAccount); //$NON-NLS-1$
        }
        if (!accounts.isEmpty() && !accounts.containsKey(pair[0])) {
            throw unauthorized("cpro-account error=\"account_unknown\"", PortalTexts.Auth_unknownAccount); //$NON-NLS-1$
        }
        if (!accounts.isEmpty() && !pair[1].equals(accounts.get(pair[0]))) {
            throw unauthorized("cpro-account error=\"password_invalid\"", PortalTexts.Auth_badPassword); //$NON-NLS-1$
        }
    }

    /** The 401 of a bad technical account (fault injection too). */
    public static ApiError badAccount(String reason, String libelle) {
        return unauthorized("cpro-account error=\"" + reason + '"', libelle); //$NON-NLS-1$
    }

    private static ApiError unauthorized(String challenge, String libelle) {
        return new ApiError(401, Codes.UNAUTHORIZED, libelle, Map.of(WWW_AUTHENTICATE, challenge));
    }

    private static ApiError oauth(int status, String error, String description) {
        return new OAuthError(status, error, description);
    }

    /** base64(login:password) → {login, password}, or {@code null} when malformed or a part is empty. */
    private static String[] decodePair(String base64) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return null;
        }
        return new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
    }

    /** An OAuth2 error: {@code {error, error_description}} plus codeRetour/libelle. */
    public static final class OAuthError extends ApiError {
        private static final long serialVersionUID = 1L;
        private final String error;

        OAuthError(int status, String error, String description) {
            super(status, status, description);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }
}
