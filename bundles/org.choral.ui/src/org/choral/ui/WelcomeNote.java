// SPDX-License-Identifier: EPL-2.0
package org.choral.ui;

/**
 * A block of text another bundle shows on « Accueil », under the steps (the demonstration's guide,
 * for one). Posted with {@link Welcome#show}; the same id replaces it, an empty text removes it.
 *
 * @param id    identifies the note (a bundle's symbolic name will do)
 * @param title its heading, user text
 * @param text  its body, user text; lines separated by {@code \n}
 * @since 0.1
 */
public record WelcomeNote(String id, String title, String text) {

    public WelcomeNote {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a welcome note needs an id"); //$NON-NLS-1$
        }
        title = title == null ? "" : title; //$NON-NLS-1$
        text = text == null ? "" : text; //$NON-NLS-1$
    }

    /** Whether this note removes the one of the same id rather than showing text. */
    public boolean isRemoval() {
        return text.isEmpty();
    }
}
