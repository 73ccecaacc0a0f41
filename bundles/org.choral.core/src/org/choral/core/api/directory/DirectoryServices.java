// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the local directory kept in a data folder. A verb of the command line gets its data folder
 * from {@code --data}, so it cannot simply receive one {@link DirectoryService}: it asks this
 * service (registered by {@code org.choral.directory}) for the one of its folder.
 *
 * @since 0.1
 */
public interface DirectoryServices {

    /**
     * The directory kept in {@code dataFolder}. The returned service stays owned by this factory
     * (it may be shared and is released with it); its {@link DirectoryService#status()} is empty
     * when nothing was ever imported there.
     *
     * @throws IOException when the folder's store cannot be opened (in use, damaged)
     */
    DirectoryService open(Path dataFolder) throws IOException;
}
