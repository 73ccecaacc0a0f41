// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.choral.ui.directory.DirectoryFileChooser;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The native file dialog: one XLSX or ZIP, or the two CSV files (multiple selection). */
final class DialogFileChooser implements DirectoryFileChooser {

    @Override
    public List<Path> choose(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.Import_title);
        dialog.setFilterExtensions(new String[] { "*.xlsx;*.zip;*.csv", "*.xlsx", "*.zip", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        dialog.setFilterNames(new String[] { Messages.Import_filterAll, Messages.Import_filterXlsx,
                Messages.Import_filterZip, Messages.Import_filterCsv });
        if (dialog.open() == null) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        return files;
    }
}
