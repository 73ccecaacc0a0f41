// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

/**
 * Where Chorus Pro is reached. Qualification and production are PISTE's sandbox and production
 * gateways; the emulator is Choral's own local one, on port 8787 unless the system property
 * {@value #EMULATOR_PORT_PROPERTY} names another (the workbench then starts its emulator there, and
 * the connector goes there); custom takes the URLs the user types.
 *
 * @since 0.1
 */
public enum ChorusEnvironment {

    EMULATOR("http://localhost:%d", "http://localhost:%d/api/oauth/token"), //$NON-NLS-1$ //$NON-NLS-2$
    QUALIFICATION("https://sandbox-api.piste.gouv.fr", "https://sandbox-oauth.piste.gouv.fr/api/oauth/token"), //$NON-NLS-1$ //$NON-NLS-2$
    PRODUCTION("https://api.piste.gouv.fr", "https://oauth.piste.gouv.fr/api/oauth/token"), //$NON-NLS-1$ //$NON-NLS-2$
    CUSTOM("", ""); //$NON-NLS-1$ //$NON-NLS-2$

    /** System property: the local emulator's port (a machine where 8787 is taken, tests). */
    public static final String EMULATOR_PORT_PROPERTY = "choral.emulator.port"; //$NON-NLS-1$
    /** The local emulator's port when {@value #EMULATOR_PORT_PROPERTY} is not set. */
    public static final int EMULATOR_DEFAULT_PORT = 8787;

    private final String apiUrl;
    private final String tokenUrl;

    ChorusEnvironment(String apiUrl, String tokenUrl) {
        this.apiUrl = apiUrl;
        this.tokenUrl = tokenUrl;
    }

    /** The API base of this environment; empty for {@link #CUSTOM}. */
    public String defaultApiUrl() {
        return this == EMULATOR ? String.format(apiUrl, emulatorPort()) : apiUrl;
    }

    /** The OAuth2 token endpoint of this environment; empty for {@link #CUSTOM}. */
    public String defaultTokenUrl() {
        return this == EMULATOR ? String.format(tokenUrl, emulatorPort()) : tokenUrl;
    }

    /** The local emulator's port: {@value #EMULATOR_PORT_PROPERTY} when it is a port number, else 8787. */
    public static int emulatorPort() {
        String value = System.getProperty(EMULATOR_PORT_PROPERTY, ""); //$NON-NLS-1$
        if (value.matches("\\d{1,5}")) { //$NON-NLS-1$
            int port = Integer.parseInt(value);
            if (port > 0 && port <= 65535) {
                return port;
            }
        }
        return EMULATOR_DEFAULT_PORT;
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
