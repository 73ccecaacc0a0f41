// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.core.api.deposit.DepositLedger;
import org.choral.core.api.deposit.DepositRow;
import org.choral.core.api.deposit.DepositService;
import org.choral.core.api.deposit.DepositStatus;
import org.choral.core.api.deposit.FollowUpReport;
import org.choral.core.api.deposit.FollowUpService;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalOptions;
import org.choral.core.api.portal.PortalSettingsProvider;
import org.choral.deposit.internal.i18n.Messages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code choral status [--refresh [--due]] [--proof ZIP [--invoice N | --from DATE --to DATE]]}: what
 * the ledger knows of every invoice; {@code --refresh} first looks up uncertain invoices, then asks
 * the portal now about every flux and invoice still followed ({@code --due}: only what the back-off
 * says is due, for scheduled runs). Exit 1 when an invoice is uncertain, failed or flagged for action.
 */
@Component(service = CommandVerb.class)
public final class StatusVerb implements CommandVerb {

    private static final Set<String> VALUED;
    static {
        Set<String> v = new HashSet<>(PortalOptions.VALUED);
        v.addAll(Set.of("proof", "invoice", "from", "to")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        VALUED = Set.copyOf(v);
    }

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());

    private final List<PortalConnectorFactory> factories = new CopyOnWriteArrayList<>();
    private volatile PortalSettingsProvider settings;
    private volatile DepositService deposits;
    private volatile FollowUpService followUp;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addFactory(PortalConnectorFactory factory) {
        factories.add(factory);
    }

    void removeFactory(PortalConnectorFactory factory) {
        factories.remove(factory);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setSettings(PortalSettingsProvider provider) {
        settings = provider;
    }

    void unsetSettings(PortalSettingsProvider provider) {
        if (settings == provider) {
            settings = null;
        }
    }

    @Reference
    void setDeposits(DepositService service) {
        deposits = service;
    }

    @Reference
    void setFollowUp(FollowUpService service) {
        followUp = service;
    }

    @Override
    public String name() {
        return "status"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return Messages.Status_summary;
    }

    @Override
    public String usage() {
        return Messages.Status_usage;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(arguments, VALUED, Set.of("json", "refresh", "due")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (args.has("due") && !args.has("refresh")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw CommandException.usage(Messages.Status_dueWithoutRefresh);
        }
        boolean json = context.json() || args.has("json"); //$NON-NLS-1$
        Path data = context.dataFolder();
        try {
            DepositLedger ledger = deposits.ledger(data);
            if (args.has("proof")) { //$NON-NLS-1$
                return exportProof(context, args, data);
            }
            FollowUpReport report = null;
            List<DepositRow> resolved = List.of();
            if (args.has("refresh")) { //$NON-NLS-1$
                try (PortalConnector portal = PortalOptions.connect(context, args, factories, settings)) {
                    resolved = deposits.resolveUncertain(data, portal, new NullProgressMonitor());
                    report = args.has("due") ? followUp.checkDue(data, portal, new NullProgressMonitor()) //$NON-NLS-1$
                            : followUp.checkNow(data, portal, new NullProgressMonitor());
                }
            }
            List<LedgerInvoice> invoices = ledger.invoices();
            print(context, json, invoices, resolved, report);
            if (report != null && !report.problems().isEmpty() && report.fluxesChecked() + report.invoicesChecked() == 0
                    && resolved.isEmpty()) {
                return ExitCode.PORTAL;
            }
            boolean act = invoices.stream().anyMatch(i -> i.status() != DepositStatus.DEPOSITED || i.flag() != null);
            return act ? ExitCode.FINDINGS : ExitCode.OK;
        } catch (IOException e) {
            throw CommandException.usage(e.getMessage());
        }
    }

    private int exportProof(CommandContext context, Arguments args, Path data) throws CommandException, IOException {
        Path zip = Path.of(args.value("proof")).toAbsolutePath(); //$NON-NLS-1$
        String invoice = args.value("invoice"); //$NON-NLS-1$
        LocalDate from = null;
        LocalDate to = null;
        if (invoice == null) {
            if (!args.has("from") || !args.has("to")) { //$NON-NLS-1$ //$NON-NLS-2$
                throw CommandException.usage(Messages.Status_proofWhat);
            }
            try {
                from = LocalDate.parse(args.value("from")); //$NON-NLS-1$
                to = LocalDate.parse(args.value("to")); //$NON-NLS-1$
            } catch (DateTimeParseException e) {
                throw CommandException.usage(NLS.bind(Messages.Status_badDate, e.getParsedString()));
            }
        }
        int count = deposits.exportProof(data, invoice, from, to, zip);
        if (context.json() || args.has("json")) { //$NON-NLS-1$
            context.out().println(new ObjectMapper().createObjectNode().put("zip", zip.toString()).put("fluxes", count)); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            context.out().println(NLS.bind(Messages.Status_proofWritten, zip, count));
        }
        return count == 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static void print(CommandContext context, boolean json, List<LedgerInvoice> invoices,
            List<DepositRow> resolved, FollowUpReport report) {
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            ArrayNode a = root.putArray("invoices"); //$NON-NLS-1$
            for (LedgerInvoice i : invoices) {
                a.addObject().put("number", i.number()).put("status", lower(i.status().name())) //$NON-NLS-1$ //$NON-NLS-2$
                        .put("fluxNumber", i.fluxNumber()).put("file", i.fileName()) //$NON-NLS-1$ //$NON-NLS-2$
                        .put("depositedAt", i.depositedAt() == null ? null : i.depositedAt().toString()) //$NON-NLS-1$
                        .put("portalStatus", i.portalStatus()) //$NON-NLS-1$
                        .put("flag", i.flag() == null ? null : lower(i.flag().name())) //$NON-NLS-1$
                        .put("flagReason", i.flagReason()).put("message", i.message()) //$NON-NLS-1$ //$NON-NLS-2$
                        .put("followUpDone", i.followUpDone()); //$NON-NLS-1$
            }
            ArrayNode r = root.putArray("resolved"); //$NON-NLS-1$
            resolved.forEach(row -> DepositPrinter.node(r.addObject(), row));
            ArrayNode problems = root.putArray("problems"); //$NON-NLS-1$
            if (report != null) {
                report.problems().forEach(problems::add);
                root.put("fluxesChecked", report.fluxesChecked()).put("invoicesChecked", report.invoicesChecked()); //$NON-NLS-1$ //$NON-NLS-2$
                root.put("nextCheck", report.nextCheck() == null ? null : report.nextCheck().toString()); //$NON-NLS-1$
            }
            context.out().println(root.toString());
            return;
        }
        resolved.forEach(row -> context.out().println(NLS.bind(Messages.Deposit_resolved,
                new Object[] { row.invoiceNumber(), DepositPrinter.outcome(row.outcome()), row.report() })));
        context.out().println(Messages.Status_header);
        for (LedgerInvoice i : invoices) {
            String flag = i.flag() == null ? "" : i.flag().name() + (i.flagReason() == null ? "" : " (" + i.flagReason() + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            context.out().println(String.join("\t", i.number(), status(i.status()), nz(i.fluxNumber()), //$NON-NLS-1$
                    nz(i.portalStatus()), flag, nz(i.message())));
        }
        if (report != null) {
            context.out().println(NLS.bind(Messages.Status_checked, new Object[] { report.fluxesChecked(),
                    report.invoicesChecked(), report.nextCheck() == null ? Messages.Status_nothingPending
                            : NLS.bind(Messages.Status_nextCheck, LOCAL_TIME.format(report.nextCheck())) }));
            report.problems().forEach(p -> context.err().println(p));
        }
    }

    private static String status(DepositStatus s) {
        return switch (s) {
        case SENDING -> Messages.Status_sending;
        case DEPOSITED -> Messages.Outcome_deposited;
        case FAILED -> Messages.Outcome_failed;
        case UNCERTAIN -> Messages.Outcome_uncertain;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
