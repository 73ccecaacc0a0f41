// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of a control run.
 *
 * @param results one per invoice, in the order given
 * @param runAnomalies anomalies of the run as a whole (the directory is stale…)
 * @param directoryStale the directory is older than 31 days
 * @param checkedAt when the control ran
 * @since 0.1
 */
public record ControlReport(List<InvoiceResult> results, List<Anomaly> runAnomalies, boolean directoryStale,
        Instant checkedAt) {

    public ControlReport {
        results = List.copyOf(results);
        runAnomalies = List.copyOf(runAnomalies);
    }

    public List<InvoiceResult> compliant() {
        return results.stream().filter(InvoiceResult::compliant).toList();
    }

    public List<InvoiceResult> withAnomalies() {
        return results.stream().filter(r -> !r.compliant()).toList();
    }

    /** Whether any invoice has an error-severity anomaly. */
    public boolean hasErrors() {
        return results.stream().anyMatch(r -> !r.compliant());
    }

    /** How many anomalies of each code the invoices carry, codes sorted. */
    public Map<String, Integer> countByCode() {
        Map<String, Integer> counts = new TreeMap<>();
        for (InvoiceResult r : results) {
            for (Anomaly a : r.anomalies()) {
                counts.merge(a.code(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
