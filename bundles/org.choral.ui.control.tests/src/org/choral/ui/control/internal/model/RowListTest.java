// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.control.ControlReport;
import org.choral.sources.report.ReportColumn;
import org.choral.sources.report.ReportRow;
import org.choral.sources.report.ReportRows;
import org.choral.ui.control.internal.table.TableBenchmark;
import org.junit.jupiter.api.Test;

/** Filtering and sorting of one list, without a display. */
class RowListTest {

    private static List<String> numbers(RowList rows) {
        return rows.shown().stream().map(r -> r.result().invoice().number()).toList();
    }

    @Test
    void filtersByClientCodeAndTextAndSortsStablyBothWays() {
        ControlReport report = TableBenchmark.report(9);
        RowList anomalies = new RowList(ReportRows.anomalies(report));
        assertEquals(List.of("2300000", "2300000", "2300003", "2300003", "2300006", "2300006"), numbers(anomalies));
        anomalies.setFilter(new RowFilter(null, "PDF_MISSING", null));
        assertEquals(List.of("2300000", "2300003", "2300006"), numbers(anomalies));
        anomalies.setFilter(new RowFilter("Client 3", null, "introuvable"));
        assertEquals(List.of("2300003"), numbers(anomalies));
        anomalies.setFilter(new RowFilter(null, null, "  SERV6 "));
        assertEquals(List.of("2300006", "2300006"), numbers(anomalies));
        anomalies.setFilter(RowFilter.NONE);
        anomalies.setSort(ReportColumn.NUMBER, false);
        assertEquals(List.of("2300006", "2300006", "2300003", "2300003", "2300000", "2300000"), numbers(anomalies));
        List<ReportRow> shown = anomalies.shown();
        assertEquals("SERVICE_UNKNOWN", shown.get(0).anomaly().code(), "ties keep the report's order");
        anomalies.setSort(ReportColumn.ANOMALY, true);
        assertEquals("Le fichier PDF de la facture est introuvable", ReportColumn.ANOMALY.text(anomalies.get(0), ""));
    }

    @Test
    void lastFilesGoToAndComeBackFromPersistedState() {
        Map<String, String> state = new HashMap<>();
        LoadRequest request = new LoadRequest(Path.of("/data/export.csv"), null, Path.of("/data/pdf"), null);
        request.store(state);
        assertEquals(request, LoadRequest.restore(state));
        assertNull(LoadRequest.restore(Map.of()));
        assertEquals(SelectMode.CLIENT, SelectMode.parse(" client "));
        assertNull(SelectMode.parse("tout"));
    }
}
