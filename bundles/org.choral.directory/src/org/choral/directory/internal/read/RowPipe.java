// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import org.choral.core.api.directory.DirectoryImportException;

/**
 * Runs a table's row checks, and whatever its sink does with the rows (the in-memory index, the
 * hand-over to the database writer), on a thread of its own while the parser reads on: the
 * parsing thread then does no more than a bare read of the file.
 */
final class RowPipe implements RowHandler {

    private static final int BATCH = 256;

    /** The reading of one table, feeding its rows to {@code rows}. */
    @FunctionalInterface
    interface Reading {
        void read(RowHandler rows) throws DirectoryImportException;
    }

    private record Row(long line, String[] cells) {
    }

    private final BatchPipe<Row> pipe;

    private RowPipe(RowHandler table) {
        this.pipe = new BatchPipe<>("choral-directory-rows", BATCH, rows -> { //$NON-NLS-1$
            for (Row r : rows) {
                table.row(r.line(), r.cells());
            }
        }, e -> new DirectoryImportException(null, String.valueOf(e.getMessage()), e));
    }

    /** Runs {@code reading} with its rows checked by {@code table}; returns once every row was. */
    static void run(RowHandler table, Reading reading) throws DirectoryImportException {
        RowPipe rows = new RowPipe(table);
        boolean finished = false;
        try {
            reading.read(rows);
            rows.pipe.finish();
            finished = true;
        } finally {
            if (!finished) {
                rows.pipe.abort();
            }
        }
    }

    @Override
    public void row(long line, String[] cells) throws DirectoryImportException {
        pipe.add(new Row(line, cells));
    }
}
