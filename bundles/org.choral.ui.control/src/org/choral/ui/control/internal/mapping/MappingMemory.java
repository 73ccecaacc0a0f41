// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.mapping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Which saved mapping goes with the exports of a folder, so that the user maps an ERP's columns
 * once: an ERP writes its exports to the same folder, under names that change with the date.
 * Kept in the bundle's instance preferences; the folder is URL-encoded because a {@code /} in a
 * preference key would read back as a child node.
 */
public final class MappingMemory {

    private static final String NODE = "org.choral.ui.control/mappings"; //$NON-NLS-1$

    private MappingMemory() {
    }

    /** Remembers {@code mapping} for the exports of {@code export}'s folder. */
    public static void remember(Path export, Path mapping) {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        prefs.put(key(export), mapping.toAbsolutePath().toString());
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            ILog.of(MappingMemory.class).warn(e.getMessage(), e);
        }
    }

    /** The mapping remembered for {@code export}'s folder, if the file is still there; else {@code null}. */
    public static Path recall(Path export) {
        String value = InstanceScope.INSTANCE.getNode(NODE).get(key(export), null);
        if (value == null) {
            return null;
        }
        Path file = Path.of(value);
        return Files.isRegularFile(file) ? file : null;
    }

    private static String key(Path export) {
        Path folder = export.toAbsolutePath().getParent();
        return URLEncoder.encode(folder == null ? "" : folder.toString(), StandardCharsets.UTF_8); //$NON-NLS-1$
    }
}
