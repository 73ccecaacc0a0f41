// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.check;

import java.util.Map;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.InvoiceResult;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code choral check --json}, as documented in the README:
 * {@code {"invoices":[{number, siret, status, flags{StA…SvGE}, anomalies[{code, severity, message,
 * line?, field?}]}], "summary":{total, compliant, anomaly, byCode{}, directoryStale}}}.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static ObjectNode toJson(ControlReport report, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode invoices = root.putArray("invoices"); //$NON-NLS-1$
        for (InvoiceResult r : report.results()) {
            ObjectNode inv = invoices.addObject();
            inv.put("number", r.invoice().number()); //$NON-NLS-1$
            inv.put("siret", r.siret()); //$NON-NLS-1$
            inv.put("status", r.compliant() ? "compliant" : "anomaly"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            ObjectNode flags = inv.putObject("flags"); //$NON-NLS-1$
            for (Map.Entry<String, Boolean> f : r.flags().asMap().entrySet()) {
                if (f.getValue() == null) {
                    flags.putNull(f.getKey());
                } else {
                    flags.put(f.getKey(), f.getValue().booleanValue());
                }
            }
            ArrayNode anomalies = inv.putArray("anomalies"); //$NON-NLS-1$
            for (Anomaly a : r.anomalies()) {
                ObjectNode an = anomalies.addObject();
                an.put("code", a.code()); //$NON-NLS-1$
                an.put("severity", a.severity().jsonName()); //$NON-NLS-1$
                an.put("message", a.message()); //$NON-NLS-1$
                if (a.line() != null) {
                    an.put("line", a.line().intValue()); //$NON-NLS-1$
                }
                if (a.field() != null) {
                    an.put("field", a.field()); //$NON-NLS-1$
                }
            }
        }
        ObjectNode summary = root.putObject("summary"); //$NON-NLS-1$
        int compliant = report.compliant().size();
        summary.put("total", report.results().size()); //$NON-NLS-1$
        summary.put("compliant", compliant); //$NON-NLS-1$
        summary.put("anomaly", report.results().size() - compliant); //$NON-NLS-1$
        ObjectNode byCode = summary.putObject("byCode"); //$NON-NLS-1$
        report.countByCode().forEach(byCode::put);
        summary.put("directoryStale", report.directoryStale()); //$NON-NLS-1$
        return root;
    }
}
