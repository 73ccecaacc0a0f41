// SPDX-License-Identifier: EPL-2.0
/**
 * How a bundle adds a page to « Paramétrage » without the 3.x {@code preferencePages} extension
 * point (it needs {@code org.eclipse.ui}, which Choral does not ship): register a
 * {@link org.choral.ui.settings.SettingsPage} as an OSGi service (a DS {@code @Component}). The
 * settings dialog, a JFace {@code PreferenceDialog}, shows every registered page in rank order.
 *
 * @since 0.1
 */
package org.choral.ui.settings;
