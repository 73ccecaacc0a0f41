// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.util.Locale;
import java.util.Optional;

/**
 * Which instance of the portal to talk to. For Chorus Pro: the local emulator, the qualification
 * platform (PISTE « sandbox »), production, or URLs given by the user.
 *
 * @since 0.1
 */
public enum PortalEnvironment {
    LOCAL, QUALIFICATION, PRODUCTION, CUSTOM;

    /** The lower-case name typed after {@code --env}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The environment named {@code key} (case ignored), or empty. */
    public static Optional<PortalEnvironment> of(String key) {
        for (PortalEnvironment e : values()) {
            if (e.key().equalsIgnoreCase(key == null ? "" : key.trim())) { //$NON-NLS-1$
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
