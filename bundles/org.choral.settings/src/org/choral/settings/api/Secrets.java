// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

/** How secrets appear wherever a value is printed (logs, JSON, {@code toString}). */
public final class Secrets {

    /** Shown instead of a secret that is set. */
    public static final String MASK = "********"; //$NON-NLS-1$

    private Secrets() {
    }

    /** {@link #MASK} when {@code secret} is set, empty otherwise: never the secret itself. */
    public static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "" : MASK; //$NON-NLS-1$
    }
}
