// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names derived from user text: the explicit flux name becomes a slug that every file system
 * and Chorus Pro accept, an invoice number an entry name with unsafe characters replaced.
 */
public final class Names {

    private static final int MAX_SLUG = 80;
    private static final int MAX_ENTRY = 90;

    private Names() {
    }

    /** « Factures du client X pour novembre 2026 » → {@code factures-du-client-x-pour-novembre-2026}. */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD) //$NON-NLS-1$
                .replaceAll("\\p{M}+", "") //$NON-NLS-1$ //$NON-NLS-2$
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return slug.isEmpty() ? "flux" : slug; //$NON-NLS-1$
    }

    /**
     * {@code <numero_facture>.<extension>} with every character outside letters, digits,
     * {@code - _ .} replaced by {@code _} (no path separator, no leading dot).
     */
    public static String entryName(String invoiceNumber, String extension) {
        String base = invoiceNumber == null ? "" : invoiceNumber.strip(); //$NON-NLS-1$
        base = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (base.isEmpty()) {
            base = "facture"; //$NON-NLS-1$
        }
        if (base.length() > MAX_ENTRY) {
            base = base.substring(0, MAX_ENTRY);
        }
        return base + '.' + extension;
    }
}
