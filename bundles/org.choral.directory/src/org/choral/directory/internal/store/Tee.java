// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.directory.internal.read.DirectorySink;
import org.choral.directory.internal.read.ServiceRow;
import org.choral.directory.internal.read.StructureRow;

/** Hands each row to two sinks: the database writer and the in-memory index. */
record Tee(DirectorySink first, DirectorySink second) implements DirectorySink {

    @Override
    public void structure(StructureRow row) throws DirectoryImportException {
        first.structure(row);
        second.structure(row);
    }

    @Override
    public void service(ServiceRow row) throws DirectoryImportException {
        first.service(row);
        second.service(row);
    }
}
