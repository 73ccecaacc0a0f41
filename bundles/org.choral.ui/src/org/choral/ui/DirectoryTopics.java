// SPDX-License-Identifier: EPL-2.0
package org.choral.ui;

/**
 * Event topics of the directory view, so that any part can send the user to a structure without
 * depending on the directory bundle (which may not be installed).
 *
 * @since 0.1
 */
public final class DirectoryTopics {

    /**
     * Asks the directory view to show a structure; the event's data is its SIRET, a {@code String}
     * as written on the invoice (the view normalises it).
     */
    public static final String SHOW = "org/choral/ui/directory/show"; //$NON-NLS-1$

    private DirectoryTopics() {
    }
}
