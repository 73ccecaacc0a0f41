// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

/**
 * What changed between the previous directory and the one just imported: the monthly update users
 * look at to learn which recipients now demand a service code or an engagement.
 *
 * @param firstImport {@code true} when there was no previous directory (every count is then 0)
 * @param structuresAdded structures new in this directory
 * @param structuresRemoved structures no longer in the directory
 * @param structuresDeactivated structures that were active and no longer are (StA)
 * @param structuresReactivated structures that were inactive and now are active
 * @param structureFlagsChanged structures present in both whose StGE, StGS or StGSE changed
 * @param servicesAdded services new in this directory
 * @param servicesRemoved services no longer in the directory
 * @param serviceFlagsChanged services present in both whose SvA or SvGE changed
 * @since 0.1
 */
public record ChangeSummary(boolean firstImport, int structuresAdded, int structuresRemoved,
        int structuresDeactivated, int structuresReactivated, int structureFlagsChanged, int servicesAdded,
        int servicesRemoved, int serviceFlagsChanged) {

    /** The summary of a first import: nothing to compare with. */
    public static ChangeSummary first() {
        return new ChangeSummary(true, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Whether anything changed (always {@code false} for a first import). */
    public boolean hasChanges() {
        return structuresAdded + structuresRemoved + structuresDeactivated + structuresReactivated
                + structureFlagsChanged + servicesAdded + servicesRemoved + serviceFlagsChanged > 0;
    }
}
