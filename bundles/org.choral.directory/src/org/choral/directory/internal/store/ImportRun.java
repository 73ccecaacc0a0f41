// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.time.Instant;

import org.choral.core.api.directory.DirectoryStatus;

/** One committed import: which table set it filled, and its status. */
record ImportRun(int id, String tableSet, String fileName, Instant importedAt, int structures, int services) {

    DirectoryStatus status() {
        return new DirectoryStatus(fileName, importedAt, structures, services);
    }

    /** The other table set, the one the next import fills. */
    static String other(String set) {
        return "A".equals(set) ? "B" : "A"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
