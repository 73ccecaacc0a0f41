// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import org.choral.core.api.directory.ChangeSummary;
import org.choral.directory.internal.index.DirectoryIndex;
import org.choral.directory.internal.index.DirectoryIndexBuilder;
import org.choral.directory.internal.read.DirectorySink;
import org.choral.directory.internal.read.ServiceRow;
import org.choral.directory.internal.read.StructureRow;

/**
 * Builds the in-memory index from the rows an import reads, and compares it with the previous
 * directory as it goes, so that both are ready when the file has been read: no reload from the
 * database before the first look-up, and the change summary is a by-product of the reading.
 */
final class IndexBuilder implements DirectorySink {

    private final DirectoryIndexBuilder builder;
    private final Changes changes;

    /** @param previous the directory the new one replaces, or {@code null} for a first import */
    IndexBuilder(DirectoryIndex previous) {
        // the previous size is the best guess of the new one: the arrays are allocated once
        this.builder = new DirectoryIndexBuilder(previous == null ? 1 << 16 : previous.size() + previous.size() / 16);
        this.changes = previous == null ? null : new Changes(previous);
    }

    @Override
    public void structure(StructureRow r) {
        long siret = Long.parseLong(r.siret());
        int flags = DirectoryIndex.structureFlags(r.active(), r.engagementRequired(), r.serviceRequired(),
                r.serviceOrEngagementRequired(), r.paymentStatusManaged());
        builder.structure(siret, flags, r.name(), r.address(), r.postalCode(), r.town(), r.countryCode());
        if (changes != null) {
            changes.structure(siret, flags);
        }
    }

    @Override
    public void service(ServiceRow r) {
        long siret = Long.parseLong(r.siret());
        int flags = DirectoryIndex.serviceFlags(r.active(), r.engagementRequired());
        // the reading side has dropped services without a structure already
        builder.service(siret, flags, r.code(), r.name());
        if (changes != null) {
            changes.service(siret, r.code(), flags);
        }
    }

    /** The index of every row received; the builder is spent afterwards. */
    DirectoryIndex build() {
        return builder.build();
    }

    /** What changed since the previous directory, once every row was received. */
    ChangeSummary changes() {
        return changes == null ? ChangeSummary.first() : changes.summary();
    }
}
