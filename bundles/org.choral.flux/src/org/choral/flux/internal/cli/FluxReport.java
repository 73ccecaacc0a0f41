// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.InvoiceResult;
import org.choral.core.api.flux.FluxEstimate;
import org.choral.core.api.flux.FluxFailure;
import org.choral.core.api.flux.FluxFile;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.choral.flux.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@code choral flux} prints: the files written with their sizes, the invoices left out by the
 * control or by their format, the warnings; as text, or as the JSON documented in the README.
 */
final class FluxReport {

    private final FluxRequest request;
    private final FluxEstimate estimate;
    private final List<InvoiceResult> leftOut;

    FluxReport(FluxRequest request, FluxEstimate estimate, List<InvoiceResult> leftOut) {
        this.request = request;
        this.estimate = estimate;
        this.leftOut = leftOut;
    }

    /** Prints {@code result} ({@code null} when nothing was generated) or the {@code refusal}. */
    void print(CommandContext context, boolean json, FluxResult result, String refusal) {
        if (json) {
            context.out().println(json(result, refusal).toString());
        } else {
            text(context.out(), result, refusal);
        }
        if (result != null) {
            for (String w : result.warnings()) {
                context.err().println(NLS.bind(Messages.Verb_warning, w));
            }
        }
    }

    private void text(PrintStream out, FluxResult result, String refusal) {
        out.println(NLS.bind(Messages.Verb_estimate, new Object[] { request.syntax(), estimate.invoiceCount(),
                FluxVerb.megabytes(estimate.base64Bytes()) }));
        if (refusal != null) {
            out.println(refusal);
        }
        if (result != null) {
            out.println(Messages.Verb_filesTitle);
            for (FluxFile f : result.files()) {
                out.println(NLS.bind(Messages.Verb_file, new Object[] { f.path(), f.size(), f.invoiceNumbers().size() }));
            }
            for (FluxFailure f : result.failures()) {
                out.println(NLS.bind(Messages.Verb_failure, f.invoiceNumber(), f.reason()));
            }
        }
        if (!leftOut.isEmpty()) {
            out.println(Messages.Verb_leftOutTitle);
            for (InvoiceResult r : leftOut) {
                for (Anomaly a : r.anomalies()) {
                    if (a.isError()) {
                        out.println(NLS.bind(Messages.Verb_leftOut, r.invoice().number(), a.message()));
                    }
                }
            }
        }
    }

    private ObjectNode json(FluxResult result, String refusal) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("format", request.syntax()); //$NON-NLS-1$
        root.put("mode", request.mode().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
        ObjectNode est = root.putObject("estimate"); //$NON-NLS-1$
        est.put("invoices", estimate.invoiceCount()); //$NON-NLS-1$
        est.put("base64Bytes", estimate.base64Bytes()); //$NON-NLS-1$
        est.put("overThresholds", estimate.overThresholds()); //$NON-NLS-1$
        est.put("lots", estimate.lots()); //$NON-NLS-1$
        if (refusal != null) {
            root.put("refused", refusal); //$NON-NLS-1$
        }
        ArrayNode files = root.putArray("files"); //$NON-NLS-1$
        ArrayNode failures = root.putArray("failures"); //$NON-NLS-1$
        ArrayNode warnings = root.putArray("warnings"); //$NON-NLS-1$
        if (result != null) {
            for (FluxFile f : result.files()) {
                ObjectNode n = files.addObject();
                n.put("path", f.path().toString()); //$NON-NLS-1$
                n.put("name", f.name()); //$NON-NLS-1$
                n.put("size", f.size()); //$NON-NLS-1$
                n.put("depositDate", f.depositDate().toString()); //$NON-NLS-1$
                ArrayNode numbers = n.putArray("invoices"); //$NON-NLS-1$
                f.invoiceNumbers().forEach(numbers::add);
            }
            for (FluxFailure f : result.failures()) {
                failures.addObject().put("number", f.invoiceNumber()).put("reason", f.reason()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            result.warnings().forEach(warnings::add);
        }
        ArrayNode left = root.putArray("leftOut"); //$NON-NLS-1$
        for (InvoiceResult r : leftOut) {
            ObjectNode n = left.addObject();
            n.put("number", r.invoice().number()); //$NON-NLS-1$
            ArrayNode anomalies = n.putArray("anomalies"); //$NON-NLS-1$
            for (Anomaly a : r.anomalies()) {
                if (a.isError()) {
                    anomalies.addObject().put("code", a.code()).put("message", a.message()); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return root;
    }
}
