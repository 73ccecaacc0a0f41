// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

import java.nio.file.Path;

/**
 * The directory of a given data folder. The command line gets its folder from {@code --data DIR},
 * the workbench from its own settings: both ask this service rather than configure a singleton.
 * The registered {@link DirectoryService} itself serves the default data folder.
 *
 * @since 0.1
 */
public interface DirectoryServiceFactory {

    /**
     * The directory kept in {@code dataFolder} (under {@code directory/}); the same instance for the
     * same folder, so its in-memory index is built once. Nothing is read until it is used.
     */
    DirectoryService forDataFolder(Path dataFolder);
}
