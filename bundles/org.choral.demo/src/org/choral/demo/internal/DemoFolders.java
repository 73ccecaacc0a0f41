// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the demo goes. A data folder is free for it when it holds nothing of the user's: nothing at
 * all, or only the workbench's own area (window layout) without a saved company and an empty
 * directory store (the workbench opens both at start, before the demo runs).
 */
final class DemoFolders {

    /** The demo's files, inside its data folder. */
    static final String FILES = "demonstration"; //$NON-NLS-1$
    /** Written last: the demo is complete. */
    static final String MARKER = "demonstration.properties"; //$NON-NLS-1$
    /** The demo's own data folder when the data folder holds the user's data. */
    static final String SUBFOLDER = "demo"; //$NON-NLS-1$

    private DemoFolders() {
    }

    static boolean isDemo(Path dataFolder) {
        return Files.isRegularFile(dataFolder.resolve(FILES).resolve(MARKER));
    }

    static boolean isFree(Path dataFolder, boolean directoryEmpty) throws IOException {
        if (!Files.isDirectory(dataFolder)) {
            return !Files.exists(dataFolder);
        }
        try (Stream<Path> entries = Files.list(dataFolder)) {
            for (Path e : (Iterable<Path>) entries::iterator) {
                String name = e.getFileName().toString();
                boolean ours = switch (name) {
                    case "workbench" -> WorkbenchPreferences.read(dataFolder, DemoPreparer.SETTINGS_NODE) //$NON-NLS-1$
                            .getProperty("company.siret", "").isBlank(); //$NON-NLS-1$ //$NON-NLS-2$
                    case "directory" -> directoryEmpty; //$NON-NLS-1$
                    case FILES -> true; // a demo that stopped half-way: prepared again
                    default -> name.startsWith("."); //$NON-NLS-1$
                };
                if (!ours) {
                    return false;
                }
            }
        }
        return true;
    }
}
