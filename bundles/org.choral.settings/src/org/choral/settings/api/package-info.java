// SPDX-License-Identifier: EPL-2.0
/**
 * Choral's settings as the workbench's « Paramétrage » dialog and the command line share them: the
 * supplier company and the Chorus Pro access, their validation with French messages, the
 * {@link org.choral.settings.api.SettingsService} that stores plain values in the instance
 * preferences and secrets in Equinox secure storage only, and the
 * {@link org.choral.settings.api.ConnectionTester} seam a portal connector implements.
 *
 * @since 0.1
 */
package org.choral.settings.api;
