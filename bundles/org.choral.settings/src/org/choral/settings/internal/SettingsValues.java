// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import java.util.Properties;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * Saved plain values, read the same way from the live instance preferences (the workbench) and
 * from a workbench's preference file (the command line, which has no instance area).
 */
interface SettingsValues {

    String get(String key, String defaultValue);

    int getInt(String key, int defaultValue);

    static SettingsValues of(IEclipsePreferences p) {
        return new SettingsValues() {
            @Override
            public String get(String key, String defaultValue) {
                return p.get(key, defaultValue);
            }

            @Override
            public int getInt(String key, int defaultValue) {
                return p.getInt(key, defaultValue);
            }
        };
    }

    /** Values of a {@code .prefs} file; a number that cannot be read counts as absent, as Eclipse does. */
    static SettingsValues of(Properties p) {
        return new SettingsValues() {
            @Override
            public String get(String key, String defaultValue) {
                return p.getProperty(key, defaultValue);
            }

            @Override
            public int getInt(String key, int defaultValue) {
                try {
                    String v = p.getProperty(key);
                    return v == null ? defaultValue : Integer.parseInt(v.trim());
                } catch (NumberFormatException e) {
                    return defaultValue;
                }
            }
        };
    }
}
