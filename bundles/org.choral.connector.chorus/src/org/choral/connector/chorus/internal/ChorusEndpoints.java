// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import org.choral.connector.chorus.internal.i18n.Messages;
import org.choral.core.api.portal.PortalEnvironment;
import org.choral.core.api.portal.PortalSettings;
import org.eclipse.osgi.util.NLS;

/**
 * Where the API and the token endpoint are for an environment (chorus-reference.md §4). Plain
 * {@code http://} is accepted only for this machine (the emulator): a remote host is always reached
 * over TLS, with the certificate checked.
 *
 * @param environment the environment
 * @param api the API base (paths start {@code /cpro/})
 * @param token the OAuth2 token endpoint
 */
public record ChorusEndpoints(PortalEnvironment environment, URI api, URI token) {

    static final URI QUALIFICATION_API = URI.create("https://sandbox-api.piste.gouv.fr"); //$NON-NLS-1$
    static final URI QUALIFICATION_TOKEN = URI.create("https://sandbox-oauth.piste.gouv.fr/api/oauth/token"); //$NON-NLS-1$
    static final URI PRODUCTION_API = URI.create("https://api.piste.gouv.fr"); //$NON-NLS-1$
    static final URI PRODUCTION_TOKEN = URI.create("https://oauth.piste.gouv.fr/api/oauth/token"); //$NON-NLS-1$
    /** The emulator's default address ({@code choral emulator}). */
    static final URI LOCAL_API = URI.create("http://127.0.0.1:8787"); //$NON-NLS-1$
    static final String LOCAL_TOKEN_PATH = "/api/oauth/token"; //$NON-NLS-1$

    /**
     * The endpoints the settings name.
     *
     * @throws IllegalArgumentException when a custom URL is missing, malformed, or plain http to a
     *             remote host
     */
    public static ChorusEndpoints of(PortalSettings settings) {
        return switch (settings.environment()) {
        case QUALIFICATION -> new ChorusEndpoints(PortalEnvironment.QUALIFICATION, QUALIFICATION_API, QUALIFICATION_TOKEN);
        case PRODUCTION -> new ChorusEndpoints(PortalEnvironment.PRODUCTION, PRODUCTION_API, PRODUCTION_TOKEN);
        case LOCAL -> {
            URI api = settings.apiUrl() == null ? LOCAL_API : settings.apiUrl();
            URI token = settings.tokenUrl() == null ? api.resolve(LOCAL_TOKEN_PATH) : settings.tokenUrl();
            yield checked(PortalEnvironment.LOCAL, api, token);
        }
        case CUSTOM -> {
            if (settings.apiUrl() == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Settings_noUrl, "--api-url")); //$NON-NLS-1$
            }
            if (settings.tokenUrl() == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Settings_noUrl, "--token-url")); //$NON-NLS-1$
            }
            yield checked(PortalEnvironment.CUSTOM, settings.apiUrl(), settings.tokenUrl());
        }
        };
    }

    private static ChorusEndpoints checked(PortalEnvironment env, URI api, URI token) {
        check("--api-url", api); //$NON-NLS-1$
        check("--token-url", token); //$NON-NLS-1$
        return new ChorusEndpoints(env, api, token);
    }

    private static void check(String option, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        boolean ok = uri.getHost() != null
                && ("https".equals(scheme) || ("http".equals(scheme) && isLoopback(uri.getHost()))); //$NON-NLS-1$ //$NON-NLS-2$
        if (!ok) {
            throw new IllegalArgumentException(NLS.bind(Messages.Settings_badUrl, option, uri));
        }
    }

    /** Only literal loopback names: resolving a remote name here would leak nothing but costs a DNS call. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host; //$NON-NLS-1$
        if ("localhost".equalsIgnoreCase(h)) { //$NON-NLS-1$
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) { //$NON-NLS-1$
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The API URL of {@code path} ({@code /cpro/...}), keeping any base path of a custom URL. */
    public URI resolve(String path) {
        String base = api.toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path); //$NON-NLS-1$
    }
}
