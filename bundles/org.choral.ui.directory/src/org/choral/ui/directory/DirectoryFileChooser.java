// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Shell;

/**
 * Asks the user which directory files to import. The default opens the native file dialog; a test
 * or an automated set-up puts its own under {@link DirectoryView#FILE_CHOOSER}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DirectoryFileChooser {

    /**
     * @param shell the parent of any dialog
     * @return the chosen files (one XLSX or ZIP, or the two CSV), empty when the user cancelled
     */
    List<Path> choose(Shell shell);
}
