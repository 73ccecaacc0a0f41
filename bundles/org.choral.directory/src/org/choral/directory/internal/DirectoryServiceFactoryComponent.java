// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServiceFactory;
import org.choral.directory.internal.store.LocalDirectory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * One {@link LocalDirectory} per data folder, shared by whoever asks for that folder (the command
 * line with {@code --data}, the workbench with its own), so its in-memory index is built once.
 */
@Component(service = DirectoryServiceFactory.class)
public final class DirectoryServiceFactoryComponent implements DirectoryServiceFactory {

    private final Map<Path, LocalDirectory> open = new ConcurrentHashMap<>();

    @Override
    public DirectoryService forDataFolder(Path dataFolder) {
        return open.computeIfAbsent(dataFolder.toAbsolutePath().normalize(), LocalDirectory::new);
    }

    @Deactivate
    void deactivate() {
        open.values().forEach(LocalDirectory::close);
        open.clear();
    }
}
