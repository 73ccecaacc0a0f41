// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import org.choral.core.api.directory.DirectoryStatus;
import org.choral.directory.internal.index.DirectoryIndex;

/** One committed import as held in memory: its id (to notice a newer one), status and index. */
record Snapshot(int importId, DirectoryStatus status, DirectoryIndex index) {

    /** Nothing imported yet. */
    static final Snapshot NONE = new Snapshot(0, null, DirectoryIndex.EMPTY);
}
