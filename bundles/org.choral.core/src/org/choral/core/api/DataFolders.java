// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Choral keeps its data (directory, deposit history, emulator state) when no
 * {@code --data DIR} is given: {@code CHORAL_DATA} if set, else the platform's per-user application
 * data folder — {@code %APPDATA%\Choral} on Windows, {@code ~/Library/Application Support/Choral}
 * on macOS, {@code $XDG_DATA_HOME/choral} (default {@code ~/.local/share/choral}) elsewhere.
 *
 * @since 0.1
 */
public final class DataFolders {

    /** Environment variable that overrides the default data folder. */
    public static final String ENV_DATA = "CHORAL_DATA"; //$NON-NLS-1$

    private DataFolders() {
    }

    /** The default data folder for this process. */
    public static Path defaultFolder() {
        return defaultFolder(System.getenv(), System.getProperty("os.name", ""), //$NON-NLS-1$ //$NON-NLS-2$
                System.getProperty("user.home", ".")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The default data folder for the given environment, operating system name and home folder. */
    public static Path defaultFolder(Map<String, String> env, String osName, String userHome) {
        String override = env.get(ENV_DATA);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) { //$NON-NLS-1$
            String appData = env.get("APPDATA"); //$NON-NLS-1$
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming"); //$NON-NLS-1$ //$NON-NLS-2$
            return base.resolve("Choral"); //$NON-NLS-1$
        }
        if (os.startsWith("mac")) { //$NON-NLS-1$
            return Path.of(userHome, "Library", "Application Support", "Choral"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String xdg = env.get("XDG_DATA_HOME"); //$NON-NLS-1$
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share"); //$NON-NLS-1$ //$NON-NLS-2$
        return base.resolve("choral"); //$NON-NLS-1$
    }
}
