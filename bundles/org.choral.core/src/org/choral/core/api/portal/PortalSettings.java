// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a connector needs to reach its portal. Each connector reads the fields it uses: Chorus Pro
 * the environment, URLs, PISTE client and technical account; the folder connector the outbox. Its
 * {@link #toString()} never shows a secret.
 *
 * @param portal the connector's {@link PortalConnector#id()} ({@code chorus} by default)
 * @param environment which instance of the portal
 * @param apiUrl API base for {@link PortalEnvironment#CUSTOM} (or the emulator's for
 *            {@link PortalEnvironment#LOCAL}); {@code null} for the environment's own
 * @param tokenUrl OAuth2 token endpoint, same rule
 * @param clientId PISTE application client id
 * @param clientSecret PISTE application client secret
 * @param login technical account login
 * @param password technical account password
 * @param proxy the HTTP proxy, or {@code null} for a direct connection
 * @param outbox the folder connector's outbox, or {@code null} for {@code DATA/outbox}
 * @param pause the least time between two calls to the portal (zero: none)
 * @since 0.1
 */
public record PortalSettings(String portal, PortalEnvironment environment, URI apiUrl, URI tokenUrl, String clientId,
        String clientSecret, String login, String password, ProxySettings proxy, Path outbox, Duration pause) {

    /** PISTE client id for scheduled runs; overrides the stored one. */
    public static final String ENV_CLIENT_ID = "CHORAL_PISTE_CLIENT_ID"; //$NON-NLS-1$
    /** PISTE client secret for scheduled runs; overrides the stored one. */
    public static final String ENV_CLIENT_SECRET = "CHORAL_PISTE_CLIENT_SECRET"; //$NON-NLS-1$
    /** Technical account login for scheduled runs; overrides the stored one. */
    public static final String ENV_LOGIN = "CHORAL_TECH_LOGIN"; //$NON-NLS-1$
    /** Technical account password for scheduled runs; overrides the stored one. */
    public static final String ENV_PASSWORD = "CHORAL_TECH_PASSWORD"; //$NON-NLS-1$

    /** The connector used when none is chosen. */
    public static final String DEFAULT_PORTAL = "chorus"; //$NON-NLS-1$

    public PortalSettings {
        Objects.requireNonNull(portal);
        Objects.requireNonNull(environment);
        pause = pause == null || pause.isNegative() ? Duration.ZERO : pause;
    }

    /** Chorus Pro through the local emulator, no credentials, no proxy. */
    public static PortalSettings defaults() {
        return new PortalSettings(DEFAULT_PORTAL, PortalEnvironment.LOCAL, null, null, null, null, null, null, null,
                null, Duration.ZERO);
    }

    /**
     * These settings with the credentials found in {@code env} ({@link #ENV_CLIENT_ID},
     * {@link #ENV_CLIENT_SECRET}, {@link #ENV_LOGIN}, {@link #ENV_PASSWORD}) in place of the stored
     * ones; blank variables are ignored.
     */
    public PortalSettings withEnvironmentOverrides(Map<String, String> env) {
        return new PortalSettings(portal, environment, apiUrl, tokenUrl, pick(env, ENV_CLIENT_ID, clientId),
                pick(env, ENV_CLIENT_SECRET, clientSecret), pick(env, ENV_LOGIN, login),
                pick(env, ENV_PASSWORD, password), proxy, outbox, pause);
    }

    public PortalSettings withPortal(String value) {
        return new PortalSettings(value, environment, apiUrl, tokenUrl, clientId, clientSecret, login, password, proxy,
                outbox, pause);
    }

    /** Another environment, its own URLs (the custom URLs are dropped). */
    public PortalSettings withEnvironment(PortalEnvironment value) {
        return new PortalSettings(portal, value, null, null, clientId, clientSecret, login, password, proxy, outbox,
                pause);
    }

    /** Custom URLs ({@link PortalEnvironment#CUSTOM} unless {@code environment} is LOCAL). */
    public PortalSettings withUrls(URI api, URI token) {
        PortalEnvironment env = environment == PortalEnvironment.LOCAL ? environment : PortalEnvironment.CUSTOM;
        return new PortalSettings(portal, env, api, token, clientId, clientSecret, login, password, proxy, outbox,
                pause);
    }

    public PortalSettings withCredentials(String id, String secret, String technicalLogin, String technicalPassword) {
        return new PortalSettings(portal, environment, apiUrl, tokenUrl, id, secret, technicalLogin, technicalPassword,
                proxy, outbox, pause);
    }

    public PortalSettings withProxy(ProxySettings value) {
        return new PortalSettings(portal, environment, apiUrl, tokenUrl, clientId, clientSecret, login, password, value,
                outbox, pause);
    }

    public PortalSettings withOutbox(Path value) {
        return new PortalSettings(portal, environment, apiUrl, tokenUrl, clientId, clientSecret, login, password, proxy,
                value, pause);
    }

    public PortalSettings withPause(Duration value) {
        return new PortalSettings(portal, environment, apiUrl, tokenUrl, clientId, clientSecret, login, password, proxy,
                outbox, value);
    }

    /** Sent to the local emulator for a credential left empty: it accepts any non-empty value unless started strict. */
    public static final String DEMO_CREDENTIAL = "choral-demo"; //$NON-NLS-1$

    /**
     * For {@link PortalEnvironment#LOCAL}, these settings with {@link #DEMO_CREDENTIAL} for each
     * credential left empty, so that a first run reaches the emulator without an account; other
     * environments unchanged.
     */
    public PortalSettings withDemoCredentialsIfLocal() {
        if (environment != PortalEnvironment.LOCAL || hasCredentials()) {
            return this;
        }
        return withCredentials(demo(clientId), demo(clientSecret), demo(login), demo(password));
    }

    private static String demo(String value) {
        return blank(value) ? DEMO_CREDENTIAL : value;
    }

    /** Whether the four credentials are all given. */
    public boolean hasCredentials() {
        return !blank(clientId) && !blank(clientSecret) && !blank(login) && !blank(password);
    }

    /** Shows which secrets are set, never their values. */
    @Override
    public String toString() {
        return "PortalSettings[portal=" + portal + ", environment=" + environment.key() + ", apiUrl=" + apiUrl //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", clientSecret=" + mask(clientSecret) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", login=" + login + ", password=" + mask(password) + ", proxy=" + proxy + ", outbox=" + outbox //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + ", pause=" + pause + ']'; //$NON-NLS-1$
    }

    private static String mask(String secret) {
        return blank(secret) ? "<none>" : "***"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String pick(Map<String, String> env, String name, String stored) {
        String v = env.get(name);
        return blank(v) ? stored : v;
    }
}
