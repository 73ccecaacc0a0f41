// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.directory.internal.store.LocalDirectory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * One {@link LocalDirectory} per data folder, shared by whoever asks for that folder (the command
 * line with {@code --data}, the workbench with its own), so its in-memory index is built once.
 */
@Component(service = DirectoryServices.class)
public final class DirectoryServicesComponent implements DirectoryServices {

    private final Map<Path, LocalDirectory> open = new ConcurrentHashMap<>();

    /** The directory of {@code dataFolder}, its store checked (in use, damaged) when it exists. */
    @Override
    public DirectoryService open(Path dataFolder) throws IOException {
        LocalDirectory directory = directory(dataFolder);
        directory.verify();
        return directory;
    }

    /** The directory of {@code dataFolder}, nothing read yet. */
    LocalDirectory directory(Path dataFolder) {
        return open.computeIfAbsent(dataFolder.toAbsolutePath().normalize(), LocalDirectory::new);
    }

    @Deactivate
    void deactivate() {
        open.values().forEach(LocalDirectory::close);
        open.clear();
    }
}
