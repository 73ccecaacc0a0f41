// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The local copy of the Chorus Pro directory. Look-ups are fast (in-memory index) and safe to call
 * from any thread, also while an import runs (they see the previous directory until the import
 * commits).
 *
 * @since 0.1
 */
public interface DirectoryService {

    /**
     * The structure with this SIRET, with its services.
     *
     * @param siret as typed or exported: spaces, dots and dashes are removed and leading zeros
     *            restored
     * @return empty when the SIRET is malformed or not in the directory
     */
    Optional<Structure> lookup(String siret);

    /**
     * Structures whose name contains {@code text} (case and accents ignored), or whose postal code,
     * town or SIRET starts with it; at most {@code limit}, best matches first.
     */
    List<Structure> search(String text, int limit);

    /** What the local directory is; empty when nothing was ever imported. */
    Optional<DirectoryStatus> status();

    /**
     * Every structure of the current directory with its services, in no particular order; empty
     * when nothing was ever imported. For exporting the directory whole (the local emulator judges
     * deposits against the directory the user imported), not for look-ups.
     *
     * @throws UnsupportedOperationException from directories that cannot list themselves (test
     *             doubles keep this default; the directory of {@link DirectoryServices} implements it)
     * @since 0.1
     */
    default java.util.Collection<Structure> structures() {
        throw new UnsupportedOperationException(getClass().getName());
    }

    /**
     * Replaces the local directory with the one in {@code files}: the official XLSX, the API's ZIP,
     * or the two CSV files (structures and services). Everything is written in one transaction: when
     * the import fails or is cancelled, the previous directory stays as it was and usable.
     *
     * @param files one XLSX or ZIP, or the two CSV files, in any order
     * @param monitor progress and cancellation; may be {@code null}
     * @return the counts, the rows skipped and what changed since the previous import
     * @throws DirectoryImportException when a file is not a directory, is unreadable, or the data
     *             folder is in use; its message names the file and what is wrong
     * @throws org.eclipse.core.runtime.OperationCanceledException when {@code monitor} was cancelled
     * @throws UnsupportedOperationException from directories that can only be read (test doubles
     *             keep this default; the directory of {@link DirectoryServices} implements it)
     * @since 0.1
     */
    default ImportReport importFiles(List<Path> files, IProgressMonitor monitor) throws DirectoryImportException {
        throw new UnsupportedOperationException(getClass().getName());
    }
}
