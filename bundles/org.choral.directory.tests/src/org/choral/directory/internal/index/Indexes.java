// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.index;

import java.util.Collection;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;

/** Builds indexes for tests from structures written out as records. */
public final class Indexes {

    private Indexes() {
    }

    public static DirectoryIndex of(Collection<Structure> structures) {
        DirectoryIndexBuilder b = new DirectoryIndexBuilder(structures.size());
        for (Structure s : structures) {
            b.structure(Long.parseLong(s.siret()), DirectoryIndex.structureFlags(s.active(), s.engagementRequired(),
                    s.serviceRequired(), s.serviceOrEngagementRequired(), s.paymentStatusManaged()), s.name(),
                    s.address(), s.postalCode(), s.town(), s.countryCode());
        }
        for (Structure s : structures) {
            for (Service v : s.services()) {
                b.service(Long.parseLong(s.siret()), DirectoryIndex.serviceFlags(v.active(), v.engagementRequired()),
                        v.code(), v.name());
            }
        }
        return b.build();
    }
}
