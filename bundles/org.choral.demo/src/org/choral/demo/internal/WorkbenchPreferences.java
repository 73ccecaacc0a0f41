// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Writes preferences the workbench of a data folder reads at start. In the workbench itself (its
 * instance area is {@code DATA/workbench}) they go through the instance scope; the command line runs
 * without an instance area, so it merges them into the file the workbench will read,
 * {@code DATA/workbench/.metadata/.plugins/org.eclipse.core.runtime/.settings/<node>.prefs}, written
 * beside and moved into place so that a half-written file is never left behind.
 */
final class WorkbenchPreferences {

    static final String SETTINGS_FOLDER = "workbench/.metadata/.plugins/org.eclipse.core.runtime/.settings"; //$NON-NLS-1$

    private WorkbenchPreferences() {
    }

    /** Whether this process has its own instance area (the workbench) rather than none (the command line). */
    static boolean ownInstanceArea(Path dataFolder) {
        Location location = Platform.getInstanceLocation();
        if (location == null || !location.isSet() || location.isReadOnly() || location.getURL() == null) {
            return false;
        }
        try {
            Path area = Path.of(location.getURL().toURI()).toAbsolutePath().normalize();
            return area.equals(dataFolder.resolve("workbench").toAbsolutePath().normalize()); //$NON-NLS-1$
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    static void put(Path dataFolder, String node, Map<String, String> values) throws IOException {
        if (ownInstanceArea(dataFolder)) {
            IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(node);
            values.forEach(prefs::put);
            try {
                prefs.flush();
            } catch (BackingStoreException e) {
                throw new IOException(e.getMessage(), e);
            }
            return;
        }
        Path file = file(dataFolder, node);
        Files.createDirectories(file.getParent());
        Properties p = read(file);
        p.putAll(values);
        p.putIfAbsent("eclipse.preferences.version", "1"); //$NON-NLS-1$ //$NON-NLS-2$
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, null);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The value of {@code key} the workbench of {@code dataFolder} has for {@code node}, or empty. */
    static String get(Path dataFolder, String node, String key) {
        if (ownInstanceArea(dataFolder)) {
            return InstanceScope.INSTANCE.getNode(node).get(key, ""); //$NON-NLS-1$
        }
        return read(dataFolder, node).getProperty(key, ""); //$NON-NLS-1$
    }

    /** What the file of {@code node} holds (empty when absent or unreadable). */
    static Properties read(Path dataFolder, String node) {
        return read(file(dataFolder, node));
    }

    private static Path file(Path dataFolder, String node) {
        return dataFolder.resolve(SETTINGS_FOLDER).resolve(node + ".prefs"); //$NON-NLS-1$
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                p.clear();
            }
        }
        return p;
    }
}
