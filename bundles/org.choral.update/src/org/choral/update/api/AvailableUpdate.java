// SPDX-License-Identifier: EPL-2.0
package org.choral.update.api;

/**
 * One installed feature that the update site has a newer version of.
 *
 * @param id the feature's p2 id, e.g. {@code org.choral.ui.feature.feature.group}
 * @param name its name in the user's language
 * @param installedVersion the installed version, as {@code choral --version} prints it
 * @param newVersion the version the site offers, same format
 * @since 0.1
 */
public record AvailableUpdate(String id, String name, String installedVersion, String newVersion) {
}
