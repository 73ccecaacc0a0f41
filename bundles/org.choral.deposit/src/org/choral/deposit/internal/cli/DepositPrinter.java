// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.cli;

import java.util.List;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.InvoiceResult;
import org.choral.core.api.deposit.DepositOutcome;
import org.choral.core.api.deposit.DepositRow;
import org.choral.core.api.deposit.DepositSummary;
import org.choral.core.api.flux.FluxFailure;
import org.choral.deposit.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@code choral deposit} prints: as text, one line per invoice as soon as it is decided (a
 * scheduled run's log shows how far it went even if it is killed); as JSON, one document at the end.
 */
final class DepositPrinter {

    private final CommandContext context;
    private final boolean json;
    private final ObjectNode root = new ObjectMapper().createObjectNode();
    private final ArrayNode rows = root.putArray("rows"); //$NON-NLS-1$
    private final ArrayNode resolved = root.putArray("resolved"); //$NON-NLS-1$
    private boolean header;

    DepositPrinter(CommandContext context, boolean json) {
        this.context = context;
        this.json = json;
    }

    void resolved(DepositRow row) {
        if (json) {
            node(resolved.addObject(), row);
        } else {
            context.out().println(NLS.bind(Messages.Deposit_resolved, new Object[] { row.invoiceNumber(),
                    outcome(row.outcome()), row.report() }));
        }
    }

    void leftOut(List<InvoiceResult> leftOut) {
        ArrayNode left = root.putArray("leftOut"); //$NON-NLS-1$
        for (InvoiceResult r : leftOut) {
            ObjectNode n = left.addObject().put("number", r.invoice().number()); //$NON-NLS-1$
            ArrayNode anomalies = n.putArray("anomalies"); //$NON-NLS-1$
            for (Anomaly a : r.anomalies()) {
                if (a.isError()) {
                    anomalies.addObject().put("code", a.code()).put("message", a.message()); //$NON-NLS-1$ //$NON-NLS-2$
                    if (!json) {
                        context.out().println(NLS.bind(Messages.Deposit_leftOut, r.invoice().number(), a.message()));
                    }
                }
            }
        }
    }

    void failures(List<FluxFailure> failures) {
        ArrayNode a = root.putArray("generationFailures"); //$NON-NLS-1$
        for (FluxFailure f : failures) {
            a.addObject().put("number", f.invoiceNumber()).put("reason", f.reason()); //$NON-NLS-1$ //$NON-NLS-2$
            if (!json) {
                context.out().println(NLS.bind(Messages.Deposit_leftOut, f.invoiceNumber(), f.reason()));
            }
        }
    }

    void row(DepositRow row) {
        if (json) {
            synchronized (rows) {
                node(rows.addObject(), row);
            }
            return;
        }
        if (!header) {
            header = true;
            context.out().println(Messages.Deposit_header);
        }
        context.out().println(String.join("\t", row.invoiceNumber(), row.fileName() == null ? "" : row.fileName(), //$NON-NLS-1$ //$NON-NLS-2$
                outcome(row.outcome()), String.valueOf(row.report())));
        context.out().flush();
    }

    void end(DepositSummary summary, List<DepositRow> skippedBefore, List<DepositRow> resolvedBefore, long notSent) {
        long skipped = summary.count(DepositOutcome.SKIPPED) + skippedBefore.size();
        if (json) {
            ObjectNode s = root.putObject("summary"); //$NON-NLS-1$
            s.put("deposited", summary.count(DepositOutcome.DEPOSITED)); //$NON-NLS-1$
            s.put("failed", summary.count(DepositOutcome.FAILED)); //$NON-NLS-1$
            s.put("skipped", skipped); //$NON-NLS-1$
            s.put("uncertain", summary.count(DepositOutcome.UNCERTAIN) //$NON-NLS-1$
                    + resolvedBefore.stream().filter(r -> r.outcome() == DepositOutcome.UNCERTAIN).count());
            s.put("notSent", notSent); //$NON-NLS-1$
            s.put("cancelled", summary.cancelled()); //$NON-NLS-1$
            if (summary.stopReason() != null) {
                s.put("stopReason", summary.stopReason()); //$NON-NLS-1$
            } else {
                s.putNull("stopReason"); //$NON-NLS-1$
            }
            context.out().println(root.toString());
            return;
        }
        context.out().println(NLS.bind(Messages.Deposit_total, new Object[] { summary.count(DepositOutcome.DEPOSITED),
                summary.count(DepositOutcome.FAILED), skipped, summary.count(DepositOutcome.UNCERTAIN) }));
        if (notSent > 0) {
            context.out().println(NLS.bind(Messages.Deposit_notSent, notSent));
        }
        if (summary.stopReason() != null) {
            context.err().println(summary.stopReason());
        }
    }

    static void node(ObjectNode n, DepositRow row) {
        n.put("invoice", row.invoiceNumber()); //$NON-NLS-1$
        n.put("file", row.fileName()); //$NON-NLS-1$
        n.put("outcome", row.outcome().name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
        n.put("fluxNumber", row.fluxNumber()); //$NON-NLS-1$
        n.put("report", row.report()); //$NON-NLS-1$
    }

    static String outcome(DepositOutcome o) {
        return switch (o) {
        case DEPOSITED -> Messages.Outcome_deposited;
        case FAILED -> Messages.Outcome_failed;
        case SKIPPED -> Messages.Outcome_skipped;
        case UNCERTAIN -> Messages.Outcome_uncertain;
        };
    }
}
