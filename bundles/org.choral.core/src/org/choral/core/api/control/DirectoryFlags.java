// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.control;

import java.util.LinkedHashMap;
import java.util.Map;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;

/**
 * The six flags the reference tool shows per invoice; {@code null} where they don't apply (the
 * structure flags when the structure is unknown, the service flags when no known service is given).
 *
 * @param structureActive StA
 * @param structureEngagementRequired StGE
 * @param structureServiceRequired StGS
 * @param structureServiceOrEngagementRequired StGSE
 * @param serviceActive SvA
 * @param serviceEngagementRequired SvGE
 * @since 0.1
 */
public record DirectoryFlags(Boolean structureActive, Boolean structureEngagementRequired,
        Boolean structureServiceRequired, Boolean structureServiceOrEngagementRequired, Boolean serviceActive,
        Boolean serviceEngagementRequired) {

    /** The names used in tables and JSON, in order. */
    public static final String[] NAMES = { "StA", "StGE", "StGS", "StGSE", "SvA", "SvGE" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    /** The flags of {@code structure} (may be {@code null}) and {@code service} (may be {@code null}). */
    public static DirectoryFlags of(Structure structure, Service service) {
        if (structure == null) {
            return new DirectoryFlags(null, null, null, null, null, null);
        }
        return new DirectoryFlags(structure.active(), structure.engagementRequired(), structure.serviceRequired(),
                structure.serviceOrEngagementRequired(), service == null ? null : service.active(),
                service == null ? null : service.engagementRequired());
    }

    /** Name → value in the order of {@link #NAMES}. */
    public Map<String, Boolean> asMap() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        Boolean[] values = { structureActive, structureEngagementRequired, structureServiceRequired,
                structureServiceOrEngagementRequired, serviceActive, serviceEngagementRequired };
        for (int i = 0; i < NAMES.length; i++) {
            m.put(NAMES[i], values[i]);
        }
        return m;
    }
}
