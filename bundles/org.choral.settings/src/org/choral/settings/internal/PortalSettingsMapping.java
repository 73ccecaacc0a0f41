// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import org.choral.core.api.flux.Supplier;
import org.choral.core.api.portal.PortalEnvironment;
import org.choral.core.api.portal.PortalSettings;
import org.choral.core.api.portal.ProxySettings;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.CompanySettings;
import org.choral.settings.api.HttpProxy;

/** From the settings' values to what the connector and the flux generation read. */
public final class PortalSettingsMapping {

    private PortalSettingsMapping() {
    }

    /**
     * The Chorus Pro connector's settings for {@code s}: the emulator environment keeps its URLs
     * (its port may have been changed), custom ones too; qualification and production use the
     * connector's own addresses.
     */
    public static PortalSettings toPortal(ChorusSettings s) {
        PortalEnvironment env = switch (s.environment()) {
        case EMULATOR -> PortalEnvironment.LOCAL;
        case QUALIFICATION -> PortalEnvironment.QUALIFICATION;
        case PRODUCTION -> PortalEnvironment.PRODUCTION;
        case CUSTOM -> PortalEnvironment.CUSTOM;
        };
        boolean ownUrls = env == PortalEnvironment.LOCAL || env == PortalEnvironment.CUSTOM;
        return new PortalSettings(PortalSettings.DEFAULT_PORTAL, env, ownUrls ? uri(s.apiUrl()) : null,
                ownUrls ? uri(s.tokenUrl()) : null, orNull(s.clientId()), orNull(s.clientSecret()), orNull(s.login()),
                orNull(s.password()), proxy(s.proxy()), null, Duration.ofMillis(Math.max(0, s.pauseMillis())));
    }

    /** The seller of generated invoices; empty SIRET: nothing saved. */
    public static Supplier toSupplier(CompanySettings c) {
        return new Supplier(c.siret().replaceAll("[\\s.\\-]", ""), c.name(), c.vatNumber(), c.iban(), c.bic(), //$NON-NLS-1$ //$NON-NLS-2$
                c.street(), c.postalCode(), c.town(), c.country());
    }

    private static ProxySettings proxy(HttpProxy p) {
        if (!p.isSet() || p.port() < 1 || p.port() > 65535) {
            return null;
        }
        return new ProxySettings(p.host(), p.port(), orNull(p.user()), orNull(p.password()));
    }

    /** A URL the validator would refuse reads as missing: the connector then names the setting to fill. */
    private static URI uri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(text.trim());
            return u.getScheme() == null || u.getHost() == null ? null : u;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
