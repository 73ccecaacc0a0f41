// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

/**
 * Where Chorus Pro is reached. Qualification and production are PISTE's sandbox and production
 * gateways; the emulator is Choral's own local one; custom takes the URLs the user types.
 *
 * @since 0.1
 */
public enum ChorusEnvironment {

    EMULATOR("http://localhost:8787", "http://localhost:8787/api/oauth/token"), //$NON-NLS-1$ //$NON-NLS-2$
    QUALIFICATION("https://sandbox-api.piste.gouv.fr", "https://sandbox-oauth.piste.gouv.fr/api/oauth/token"), //$NON-NLS-1$ //$NON-NLS-2$
    PRODUCTION("https://api.piste.gouv.fr", "https://oauth.piste.gouv.fr/api/oauth/token"), //$NON-NLS-1$ //$NON-NLS-2$
    CUSTOM("", ""); //$NON-NLS-1$ //$NON-NLS-2$

    private final String apiUrl;
    private final String tokenUrl;

    ChorusEnvironment(String apiUrl, String tokenUrl) {
        this.apiUrl = apiUrl;
        this.tokenUrl = tokenUrl;
    }

    /** The API base of this environment; empty for {@link #CUSTOM}. */
    public String defaultApiUrl() {
        return apiUrl;
    }

    /** The OAuth2 token endpoint of this environment; empty for {@link #CUSTOM}. */
    public String defaultTokenUrl() {
        return tokenUrl;
    }

    /** The environment named {@code name} (any case), or {@link #QUALIFICATION} when unknown. */
    public static ChorusEnvironment parse(String name) {
        for (ChorusEnvironment e : values()) {
            if (e.name().equalsIgnoreCase(Texts.trim(name))) {
                return e;
            }
        }
        return QUALIFICATION;
    }
}
