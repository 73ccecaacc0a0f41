// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import org.choral.core.api.directory.DirectoryImportException;

/** Receives the rows of one table (a sheet or a CSV file), header row included, as raw cells. */
@FunctionalInterface
public interface RowHandler {

    /**
     * @param line the row's number in the sheet (1-based), or the CSV line where the record starts
     * @param cells the cells by column position; missing cells are {@code null}
     */
    void row(long line, String[] cells) throws DirectoryImportException;
}
