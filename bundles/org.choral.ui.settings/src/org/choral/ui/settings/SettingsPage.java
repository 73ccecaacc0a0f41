// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings;

import org.eclipse.jface.preference.IPreferencePage;

/**
 * A page of « Paramétrage », contributed as an OSGi service. Pages validate as the user types
 * ({@code setValid(false)} disables OK) and save in {@code performOk()}, returning {@code false}
 * (the dialog stays open) when saving failed.
 *
 * @since 0.1
 */
public interface SettingsPage {

    /** Unique id, also the widget id of the page's tree item; e.g. {@code settings.company}. */
    String id();

    /** The id of the page this one sits under, or {@code null} for a top-level page. */
    default String parentId() {
        return null;
    }

    /** Order among siblings: lower first. Choral's own pages use 100 (company) and 200 (Chorus Pro). */
    int rank();

    /** A new page for one opening of the dialog (the dialog disposes it when closed). */
    IPreferencePage createPage();
}
