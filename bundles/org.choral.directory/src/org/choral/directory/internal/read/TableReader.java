// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.util.HashSet;
import java.util.Set;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.directory.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Turns the raw rows of one table into checked rows: the first non-blank row is the header, whose
 * required columns must all be there; then each row is validated, and skipped with a reason when
 * invalid.
 */
abstract class TableReader implements RowHandler {

    private static final int CANCEL_CHECK_EVERY = 1024;

    protected final String fileName;
    protected final String table;
    protected final DirectorySink sink;
    protected final ImportTally tally;
    private final IProgressMonitor monitor;
    private boolean headerSeen;
    private long rows;

    TableReader(String fileName, String table, DirectorySink sink, ImportTally tally, IProgressMonitor monitor) {
        this.fileName = fileName;
        this.table = table;
        this.sink = sink;
        this.tally = tally;
        this.monitor = monitor;
    }

    @Override
    public final void row(long line, String[] cells) throws DirectoryImportException {
        if (++rows % CANCEL_CHECK_EVERY == 0 && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (Columns.isBlank(cells)) {
            return;
        }
        if (!headerSeen) {
            headerSeen = true;
            Columns columns = new Columns(cells);
            header(columns);
            if (!columns.missing().isEmpty()) {
                throw Failures.of(fileName, Messages.Import_missingColumns, table,
                        String.join(", ", columns.missing())); //$NON-NLS-1$
            }
            return;
        }
        data(line, cells);
    }

    /** Whether a header row was found (a table with no row at all has none). */
    boolean headerSeen() {
        return headerSeen;
    }

    /** Finds the columns; a required one that is missing is recorded by {@link Columns#required}. */
    protected abstract void header(Columns columns);

    protected abstract void data(long line, String[] cells) throws DirectoryImportException;

    /** The flag in column {@code index}, or {@code null} after counting the row as invalid. */
    protected Boolean flag(String[] cells, int index, String column, long line) {
        String text = Columns.cell(cells, index);
        Boolean value = Cells.flag(text);
        if (value == null) {
            tally.invalidValue(Messages.Skipped_badFlag, fileName, table, Long.valueOf(line), column, text);
        }
        return value;
    }

    /** The SIRET in column {@code index}, or {@code null} after counting the row as invalid. */
    protected String siret(String[] cells, int index, long line) {
        String text = Columns.cell(cells, index);
        String siret = Cells.siret(text);
        if (siret == null || !org.choral.core.api.Siret.isValid(siret)) {
            tally.invalidSiret(Messages.Skipped_badSiret, fileName, table, Long.valueOf(line), text);
            return null;
        }
        return siret;
    }

    /** A set of keys seen so far, to skip duplicates. */
    protected static Set<String> keys() {
        return new HashSet<>(1 << 16);
    }
}
