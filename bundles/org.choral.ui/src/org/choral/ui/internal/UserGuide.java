// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.choral.ui.internal.i18n.Messages;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;

/**
 * The user guide is the README shipped at the root of the product (one document, so it cannot
 * drift from what the build and the command line do); it opens in the system's viewer.
 */
@Creatable
public class UserGuide {

    static final String FILE_NAME = "README.md"; //$NON-NLS-1$

    /** The guide's file in the installation, if there is one. */
    public Optional<Path> file() {
        Location install = Platform.getInstallLocation();
        if (install == null || install.getURL() == null) {
            return Optional.empty();
        }
        try {
            URL url = install.getURL();
            Path path = Path.of(url.toURI()).resolve(FILE_NAME);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Opens the guide, or says where it should have been. */
    public void open(Shell shell) {
        Optional<Path> path = file();
        if (path.isEmpty() || !Program.launch(path.get().toString())) {
            Location install = Platform.getInstallLocation();
            String where = install == null || install.getURL() == null ? FILE_NAME
                    : install.getURL().getPath() + FILE_NAME;
            MessageDialog.openInformation(shell, Messages.Guide_notFoundTitle, NLS.bind(Messages.Guide_notFound, where));
        }
    }
}
