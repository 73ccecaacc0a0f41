// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.state;

import java.util.List;
import java.util.Map;

/**
 * Everything the emulator persists, as written to {@code state.json}.
 *
 * @param version layout version (1)
 * @param virtualNow the virtual clock when saved (epoch millis): a restart resumes from there
 * @param nextFlux next flux sequence number
 * @param nextId next CPP id (invoices, structures, services share one sequence)
 * @param structureIds {@code idStructureCPP} given to each SIRET
 * @param serviceIds {@code idService} given to each {@code SIRET/code}
 * @param tokens issued bearer tokens → expiry (real epoch millis)
 * @param fluxes the deposits, oldest first
 */
public record Snapshot(int version, long virtualNow, long nextFlux, long nextId, Map<String, Long> structureIds,
        Map<String, Long> serviceIds, Map<String, Long> tokens, List<StoredFlux> fluxes) {
}
