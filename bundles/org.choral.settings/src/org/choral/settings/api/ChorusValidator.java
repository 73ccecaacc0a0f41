// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.choral.settings.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * What is wrong with a {@link ChorusSettings}: custom URLs must be http(s) URLs, the pause 0 to
 * 60000 ms, the proxy port 1 to 65535 when a proxy host is given, and proxy credentials need a
 * proxy. Credentials may stay empty (they are asked for the first deposit, not here).
 *
 * @since 0.1
 */
public final class ChorusValidator {

    /** A longer pause would make a sequential deposit of a few hundred invoices last hours. */
    public static final int MAX_PAUSE_MILLIS = 60_000;

    private ChorusValidator() {
    }

    public static List<FieldProblem> validate(ChorusSettings s) {
        List<FieldProblem> out = new ArrayList<>();
        if (s.environment() == ChorusEnvironment.CUSTOM) {
            url(ChorusSettings.API_URL, s.apiUrl(), out);
            url(ChorusSettings.TOKEN_URL, s.tokenUrl(), out);
        }
        if (s.pauseMillis() < 0 || s.pauseMillis() > MAX_PAUSE_MILLIS) {
            out.add(new FieldProblem(ChorusSettings.PAUSE, NLS.bind(Messages.Chorus_pause, MAX_PAUSE_MILLIS)));
        }
        HttpProxy p = s.proxy();
        if (p.isSet()) {
            if (p.host().contains("/") || p.host().contains(" ")) { //$NON-NLS-1$ //$NON-NLS-2$
                out.add(new FieldProblem(ChorusSettings.PROXY_HOST, NLS.bind(Messages.Chorus_proxyHost, p.host())));
            }
            if (p.port() < 1 || p.port() > 65_535) {
                out.add(new FieldProblem(ChorusSettings.PROXY_PORT, Messages.Chorus_proxyPort));
            }
        } else if (!p.user().isEmpty() || !p.password().isEmpty()) {
            out.add(new FieldProblem(ChorusSettings.PROXY_HOST, Messages.Chorus_proxyCredentialsWithoutHost));
        }
        return out;
    }

    private static void url(String field, String value, List<FieldProblem> out) {
        if (value.isEmpty()) {
            out.add(new FieldProblem(field, Messages.Chorus_urlRequired));
            return;
        }
        try {
            URI uri = new URI(value);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) //$NON-NLS-1$ //$NON-NLS-2$
                    || uri.getHost() == null) {
                out.add(new FieldProblem(field, NLS.bind(Messages.Chorus_url, value)));
            }
        } catch (URISyntaxException e) {
            out.add(new FieldProblem(field, NLS.bind(Messages.Chorus_url, value)));
        }
    }
}
