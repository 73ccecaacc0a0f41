// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.choral.core.api.DataFolders;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.ui.directory.DirectoryView;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.osgi.util.NLS;

/**
 * The directory of the workbench's data folder. Opening it may read the store, so it is only
 * called off the UI thread.
 *
 * @param services the DS factory, {@code null} when the directory bundle is not installed
 * @param dataFolder the folder holding the directory
 */
public record DirectoryAccess(DirectoryServices services, Path dataFolder) {

    /** The data folder set under {@link DirectoryView#DATA_FOLDER}, else the default one. */
    public static Path dataFolder(IEclipseContext context) {
        Object folder = context == null ? null : context.get(DirectoryView.DATA_FOLDER);
        return folder instanceof Path p ? p : DataFolders.defaultFolder();
    }

    /**
     * Opens the directory.
     *
     * @throws IOException with a message for the user naming the folder and what is wrong
     */
    public DirectoryService open() throws IOException {
        if (services == null) {
            throw new IOException(Messages.Part_noDirectoryService);
        }
        try {
            return services.open(dataFolder);
        } catch (IOException | RuntimeException e) {
            throw new IOException(NLS.bind(Messages.Part_unavailable, dataFolder, e.getMessage()), e);
        }
    }
}
