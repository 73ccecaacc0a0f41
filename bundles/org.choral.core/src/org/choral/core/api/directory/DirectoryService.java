// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

import java.util.List;
import java.util.Optional;

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
}
