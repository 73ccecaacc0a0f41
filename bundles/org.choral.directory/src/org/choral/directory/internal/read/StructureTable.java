// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;


import org.choral.core.api.directory.DirectoryImportException;
import org.choral.directory.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;

/** The Structures table (sheet or CSV file). */
final class StructureTable extends TableReader {

    /** Header names that tell a structures table from a services one. */
    static final String[] SIGNATURE = { "StructureActive", "GestionServiceEngagement" }; //$NON-NLS-1$ //$NON-NLS-2$

    private final SiretSet sirets;
    private int type;
    private int id;
    private int name;
    private int active;
    private int engagement;
    private int service;
    private int serviceOrEngagement;
    private int payment;
    private int address;
    private int complement1;
    private int complement2;
    private int postalCode;
    private int town;
    private int country;

    StructureTable(String fileName, String table, DirectorySink sink, ImportTally tally, IProgressMonitor monitor,
            SiretSet sirets) {
        super(fileName, table, sink, tally, monitor);
        this.sirets = sirets;
    }

    @Override
    protected void header(Columns c) {
        id = c.required("Identifiant"); //$NON-NLS-1$
        name = c.required("RaisonSociale"); //$NON-NLS-1$
        active = c.required("StructureActive"); //$NON-NLS-1$
        engagement = c.required("GestionEngagement"); //$NON-NLS-1$
        service = c.required("GestionService"); //$NON-NLS-1$
        serviceOrEngagement = c.required("GestionServiceEngagement"); //$NON-NLS-1$
        type = c.optional("TypeIdentifiant"); //$NON-NLS-1$
        payment = c.optional("GestionStatutMiseEnPaiement"); //$NON-NLS-1$
        address = c.optional("Adresse"); //$NON-NLS-1$
        complement1 = c.optional("ComplementAdresse1"); //$NON-NLS-1$
        complement2 = c.optional("ComplementAdresse2"); //$NON-NLS-1$
        postalCode = c.optional("CodePostal"); //$NON-NLS-1$
        town = c.optional("Ville"); //$NON-NLS-1$
        country = c.optional("CodePays"); //$NON-NLS-1$
    }

    @Override
    protected void data(long line, String[] cells) throws DirectoryImportException {
        String kind = Columns.cell(cells, type);
        if (!kind.isEmpty() && !"SIRET".equalsIgnoreCase(kind)) { //$NON-NLS-1$
            tally.notSiret();
            return;
        }
        String siret = siret(cells, id, line);
        if (siret == null) {
            return;
        }
        Boolean a = flag(cells, active, "StructureActive", line); //$NON-NLS-1$
        Boolean ge = a == null ? null : flag(cells, engagement, "GestionEngagement", line); //$NON-NLS-1$
        Boolean gs = ge == null ? null : flag(cells, service, "GestionService", line); //$NON-NLS-1$
        Boolean gse = gs == null ? null : flag(cells, serviceOrEngagement, "GestionServiceEngagement", line); //$NON-NLS-1$
        if (gse == null) {
            return;
        }
        Boolean pay = Cells.flag(Columns.cell(cells, payment));
        if (!sirets.add(siret)) {
            tally.duplicate(Messages.Skipped_duplicateStructure, fileName, table, Long.valueOf(line), siret);
            return;
        }
        tally.structureRead();
        sink.structure(new StructureRow(siret, Columns.cell(cells, name), a.booleanValue(), ge.booleanValue(),
                gs.booleanValue(), gse.booleanValue(), pay != null && pay.booleanValue(), address(cells),
                Columns.cell(cells, postalCode), Columns.cell(cells, town), Columns.cell(cells, country)));
    }

    private String address(String[] cells) {
        StringBuilder b = new StringBuilder(Columns.cell(cells, address));
        for (int i : new int[] { complement1, complement2 }) {
            String part = Columns.cell(cells, i);
            if (!part.isEmpty()) {
                b.append(b.isEmpty() ? "" : ", ").append(part); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return b.toString();
    }
}
