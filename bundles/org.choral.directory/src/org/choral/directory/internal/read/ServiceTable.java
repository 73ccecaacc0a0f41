// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.util.Set;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.directory.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;

/** The Services table (sheet or CSV file); read after the structures, whose SIRETs it joins on. */
final class ServiceTable extends TableReader {

    /** Header names that tell a services table from a structures one. */
    static final String[] SIGNATURE = { "ServiceActif", "GestionEGMT" }; //$NON-NLS-1$ //$NON-NLS-2$

    private final SiretSet structureSirets;
    private final Set<String> seen = keys();
    private int id;
    private int code;
    private int name;
    private int active;
    private int engagement;

    ServiceTable(String fileName, String table, DirectorySink sink, ImportTally tally, IProgressMonitor monitor,
            SiretSet structureSirets) {
        super(fileName, table, sink, tally, monitor);
        this.structureSirets = structureSirets;
    }

    @Override
    protected void header(Columns c) {
        id = c.required("Identifiant"); //$NON-NLS-1$
        code = c.required("Code"); //$NON-NLS-1$
        active = c.required("ServiceActif"); //$NON-NLS-1$
        engagement = c.required("GestionEGMT"); //$NON-NLS-1$
        name = c.optional("Nom"); //$NON-NLS-1$
    }

    @Override
    protected void data(long line, String[] cells) throws DirectoryImportException {
        String siret = siret(cells, id, line);
        if (siret == null) {
            return;
        }
        String serviceCode = Columns.cell(cells, code);
        if (serviceCode.isEmpty()) {
            tally.invalidValue(Messages.Skipped_noCode, fileName, table, Long.valueOf(line));
            return;
        }
        Boolean a = flag(cells, active, "ServiceActif", line); //$NON-NLS-1$
        Boolean ge = a == null ? null : flag(cells, engagement, "GestionEGMT", line); //$NON-NLS-1$
        if (ge == null) {
            return;
        }
        if (!structureSirets.contains(siret)) {
            tally.orphanService(Messages.Skipped_orphan, fileName, table, Long.valueOf(line), siret, serviceCode);
            return;
        }
        if (!seen.add(siret + '\u0000' + serviceCode)) {
            tally.duplicate(Messages.Skipped_duplicateService, fileName, table, Long.valueOf(line), siret,
                    serviceCode);
            return;
        }
        tally.serviceRead();
        sink.service(new ServiceRow(siret, serviceCode, Columns.cell(cells, name), a.booleanValue(),
                ge.booleanValue()));
    }
}
