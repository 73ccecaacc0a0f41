// SPDX-License-Identifier: EPL-2.0
package org.choral.update.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.choral.update.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Which update site to ask. In order: the address given for this run ({@code --site}), the one set
 * in the settings (preference {@value #PREFERENCE_SITE_URL} of node {@value #PREFERENCE_NODE}, instance
 * scope, i.e. the workbench's instance area {@code DATA/workbench}), else {@link #DEFAULT_SITE}.
 *
 * @since 0.1
 */
public final class UpdateSites {

    /** Preference node (instance scope) that holds the settings of updates. */
    public static final String PREFERENCE_NODE = "org.choral.update"; //$NON-NLS-1$
    /** Preference key of the update site's URL. */
    public static final String PREFERENCE_SITE_URL = "siteUrl"; //$NON-NLS-1$
    /**
     * The project's published update site. A placeholder until the project publishes its site: change
     * it here when the address is known (the README documents it).
     */
    public static final String DEFAULT_SITE = "https://updates.choral.example/release/"; //$NON-NLS-1$

    private static final Set<String> SCHEMES = Set.of("http", "https", "file", "jar"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private UpdateSites() {
    }

    /**
     * Parses a site address typed by the user: an absolute http, https, file or jar URL (a
     * {@code .zip} of the site is read through {@code jar:file:…!/}).
     */
    public static URI parse(String text) throws UpdateException {
        String trimmed = text == null ? "" : text.trim(); //$NON-NLS-1$
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && scheme != null && SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below with the same message as a wrong scheme
        }
        throw new UpdateException(UpdateException.Kind.BAD_SITE, NLS.bind(Messages.Sites_badUrl, trimmed));
    }

    /**
     * The site set in the workbench's settings, read from the workbench's instance area under
     * {@code dataFolder} (the command line has no instance area of its own).
     */
    public static Optional<String> fromWorkbenchSettings(Path dataFolder) {
        Path prefs = dataFolder.resolve("workbench/.metadata/.plugins/org.eclipse.core.runtime/.settings") //$NON-NLS-1$
                .resolve(PREFERENCE_NODE + ".prefs"); //$NON-NLS-1$
        if (!Files.isRegularFile(prefs)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(prefs)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable settings file must not block updates: the default site still works.
            return Optional.empty();
        }
        return nonBlank(p.getProperty(PREFERENCE_SITE_URL));
    }

    /** The site to use: {@code given} if set, else {@code configured} if set, else the default. */
    public static URI choose(String given, Optional<String> configured) throws UpdateException {
        Optional<String> explicit = nonBlank(given);
        if (explicit.isPresent()) {
            return parse(explicit.get());
        }
        return parse(configured.flatMap(UpdateSites::nonBlank).orElse(DEFAULT_SITE));
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
