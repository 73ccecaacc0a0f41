// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

/**
 * Access to Chorus Pro through the PISTE gateway: environment (and its URLs when custom), the
 * PISTE application's client id and secret, the technical account's login and password, the
 * pause between two calls and the HTTP proxy. {@code clientSecret}, {@code password} and the
 * proxy's password are secrets: {@link SettingsService} keeps them in secure storage only, and
 * {@link #toString()} masks them so that a log line cannot leak them.
 *
 * @param apiUrl the API base; for a non-custom environment, that environment's default
 * @param pauseMillis pause between two calls to the portal, in milliseconds (default 1000)
 * @since 0.1
 */
public record ChorusSettings(ChorusEnvironment environment, String apiUrl, String tokenUrl, String clientId,
        String clientSecret, String login, String password, int pauseMillis, HttpProxy proxy) {

    /** The pause the reference tool used (« Attente internet (ms) »). */
    public static final int DEFAULT_PAUSE_MILLIS = 1000;

    /** Field names, as used in validation problems, preferences and the JSON of the command line. */
    public static final String ENVIRONMENT = "environment", API_URL = "apiUrl", TOKEN_URL = "tokenUrl", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            CLIENT_ID = "clientId", CLIENT_SECRET = "clientSecret", LOGIN = "login", PASSWORD = "password", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            PAUSE = "pauseMillis", PROXY_HOST = "proxyHost", PROXY_PORT = "proxyPort", PROXY_USER = "proxyUser", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            PROXY_PASSWORD = "proxyPassword"; //$NON-NLS-1$

    public ChorusSettings {
        environment = environment == null ? ChorusEnvironment.QUALIFICATION : environment;
        if (environment != ChorusEnvironment.CUSTOM) {
            apiUrl = environment.defaultApiUrl();
            tokenUrl = environment.defaultTokenUrl();
        }
        apiUrl = Texts.trim(apiUrl);
        tokenUrl = Texts.trim(tokenUrl);
        clientId = Texts.trim(clientId);
        clientSecret = clientSecret == null ? "" : clientSecret; //$NON-NLS-1$
        login = Texts.trim(login);
        password = password == null ? "" : password; //$NON-NLS-1$
        proxy = proxy == null ? HttpProxy.none() : proxy;
    }

    /** First start: qualification, nothing else filled in, the default pause. */
    public static ChorusSettings defaults() {
        return new ChorusSettings(ChorusEnvironment.QUALIFICATION, "", "", "", "", "", "", DEFAULT_PAUSE_MILLIS, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                HttpProxy.none());
    }

    @Override
    public String toString() {
        return "ChorusSettings[environment=" + environment + ", apiUrl=" + apiUrl + ", tokenUrl=" + tokenUrl //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", clientId=" + clientId + ", clientSecret=" + Secrets.mask(clientSecret) + ", login=" + login //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", password=" + Secrets.mask(password) + ", pauseMillis=" + pauseMillis + ", proxy=" + proxy + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
