// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.directory.ChangeSummary;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.ImportReport;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.SkippedRows;
import org.choral.core.api.directory.Structure;
import org.choral.directory.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Prints the verb's results as human text (French first) or, with {@code --json}, as the JSON
 * documented in the README: camelCase names, and the flags always {@code StA StGE StGS StGSE} and
 * {@code SvA SvGE}.
 */
final class Output {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

    private final PrintStream out;
    private final boolean json;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    Output(CommandContext context, Clock clock) {
        this.out = context.out();
        this.json = context.json();
        this.clock = clock;
    }

    void imported(ImportReport report) {
        if (json) {
            ObjectNode node = statusNode(report.status());
            node.put("durationMs", report.duration().toMillis()); //$NON-NLS-1$
            SkippedRows s = report.skipped();
            ObjectNode skipped = node.putObject("skipped"); //$NON-NLS-1$
            skipped.put("total", s.total()).put("invalidSiret", s.invalidSiret()).put("notSiret", s.notSiret()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("duplicates", s.duplicates()).put("invalidValues", s.invalidValues()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("orphanServices", s.orphanServices()); //$NON-NLS-1$
            ArrayNode examples = skipped.putArray("examples"); //$NON-NLS-1$
            s.examples().forEach(examples::add);
            ChangeSummary c = report.changes();
            node.putObject("changes").put("firstImport", c.firstImport()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("structuresAdded", c.structuresAdded()).put("structuresRemoved", c.structuresRemoved()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("structuresDeactivated", c.structuresDeactivated()) //$NON-NLS-1$
                    .put("structuresReactivated", c.structuresReactivated()) //$NON-NLS-1$
                    .put("structureFlagsChanged", c.structureFlagsChanged()) //$NON-NLS-1$
                    .put("servicesAdded", c.servicesAdded()).put("servicesRemoved", c.servicesRemoved()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("serviceFlagsChanged", c.serviceFlagsChanged()); //$NON-NLS-1$
            out.println(node.toString());
            return;
        }
        DirectoryStatus st = report.status();
        out.println(NLS.bind(Messages.Out_imported, st.fileName()));
        out.println(NLS.bind(Messages.Out_counts, new Object[] { Integer.valueOf(st.structures()),
                Integer.valueOf(st.services()), String.format("%.1f", //$NON-NLS-1$
                        Double.valueOf(report.duration().toMillis() / 1000.0)) }));
        SkippedRows s = report.skipped();
        if (s.total() > 0) {
            out.println(NLS.bind(Messages.Out_skipped, new Object[] { Integer.valueOf(s.total()),
                    Integer.valueOf(s.invalidSiret()), Integer.valueOf(s.notSiret()), Integer.valueOf(s.duplicates()),
                    Integer.valueOf(s.invalidValues()), Integer.valueOf(s.orphanServices()) }));
            s.examples().forEach(e -> out.println("    - " + e)); //$NON-NLS-1$
        }
        ChangeSummary c = report.changes();
        if (c.firstImport()) {
            out.println(Messages.Out_firstImport);
        } else if (!c.hasChanges()) {
            out.println(Messages.Out_noChange);
        } else {
            out.println(Messages.Out_changes);
            out.println(NLS.bind(Messages.Out_structureChanges, new Object[] { Integer.valueOf(c.structuresAdded()),
                    Integer.valueOf(c.structuresRemoved()), Integer.valueOf(c.structuresDeactivated()),
                    Integer.valueOf(c.structuresReactivated()), Integer.valueOf(c.structureFlagsChanged()) }));
            out.println(NLS.bind(Messages.Out_serviceChanges, new Object[] { Integer.valueOf(c.servicesAdded()),
                    Integer.valueOf(c.servicesRemoved()), Integer.valueOf(c.serviceFlagsChanged()) }));
        }
    }

    void structure(Structure s) {
        if (json) {
            ObjectNode node = structureNode(s);
            node.put("address", s.address()).put("countryCode", s.countryCode()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("paymentStatusManaged", s.paymentStatusManaged()); //$NON-NLS-1$
            ArrayNode services = node.putArray("services"); //$NON-NLS-1$
            for (Service v : s.services()) {
                services.addObject().put("code", v.code()).put("name", v.name()).put("SvA", v.active()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .put("SvGE", v.engagementRequired()); //$NON-NLS-1$
            }
            out.println(node.toString());
            return;
        }
        out.println(NLS.bind(Messages.Out_structureTitle, s.siret(), s.name()));
        out.println(NLS.bind(Messages.Out_address, new Object[] { s.address(), s.postalCode(), s.town(),
                s.countryCode() }));
        flag("StA", s.active(), Messages.Flag_StA); //$NON-NLS-1$
        flag("StGE", s.engagementRequired(), Messages.Flag_StGE); //$NON-NLS-1$
        flag("StGS", s.serviceRequired(), Messages.Flag_StGS); //$NON-NLS-1$
        flag("StGSE", s.serviceOrEngagementRequired(), Messages.Flag_StGSE); //$NON-NLS-1$
        if (s.services().isEmpty()) {
            out.println(Messages.Out_noService);
            return;
        }
        out.println(NLS.bind(Messages.Out_services, Integer.valueOf(s.services().size())));
        int width = 4;
        for (Service v : s.services()) {
            width = Math.max(width, v.code().length());
        }
        out.println("    " + pad(Messages.Out_code, width) + "  SvA  SvGE  " + Messages.Out_name); //$NON-NLS-1$ //$NON-NLS-2$
        for (Service v : s.services()) {
            out.println("    " + pad(v.code(), width) + "  " + pad(yesNo(v.active()), 3) + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + pad(yesNo(v.engagementRequired()), 4) + "  " + v.name()); //$NON-NLS-1$
        }
    }

    void notFound(String siret) {
        if (json) {
            out.println(mapper.createObjectNode().put("siret", siret).put("found", false).toString()); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            out.println(NLS.bind(Messages.Out_notFound, siret));
        }
    }

    void results(String query, List<Structure> found) {
        if (json) {
            ObjectNode node = mapper.createObjectNode().put("query", query); //$NON-NLS-1$
            ArrayNode results = node.putArray("results"); //$NON-NLS-1$
            found.forEach(s -> results.add(structureNode(s)));
            out.println(node.toString());
            return;
        }
        if (found.isEmpty()) {
            out.println(NLS.bind(Messages.Out_noResult, query));
            return;
        }
        for (Structure s : found) {
            out.println(s.siret() + "  " + s.name() + "  " + s.postalCode() + ' ' + s.town() //$NON-NLS-1$ //$NON-NLS-2$
                    + (s.active() ? "" : "  " + Messages.Out_inactive)); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    void status(Optional<DirectoryStatus> status) {
        if (json) {
            ObjectNode node = status.isEmpty() ? mapper.createObjectNode().put("imported", false) //$NON-NLS-1$
                    : statusNode(status.get());
            out.println(node.toString());
            return;
        }
        if (status.isEmpty()) {
            out.println(Messages.Out_noDirectory);
            return;
        }
        DirectoryStatus s = status.get();
        out.println(NLS.bind(Messages.Out_statusFile, s.fileName()));
        out.println(NLS.bind(Messages.Out_statusDate, DATE.format(s.importedAt().atZone(ZoneId.systemDefault())),
                Long.valueOf(s.age(clock.instant()).toDays())));
        out.println(NLS.bind(Messages.Out_statusCounts, Integer.valueOf(s.structures()),
                Integer.valueOf(s.services())));
        if (s.isStale(clock.instant())) {
            out.println(NLS.bind(Messages.Out_stale, Long.valueOf(DirectoryStatus.STALE_AFTER.toDays())));
        }
    }

    private ObjectNode statusNode(DirectoryStatus s) {
        return mapper.createObjectNode().put("imported", true).put("fileName", s.fileName()) //$NON-NLS-1$ //$NON-NLS-2$
                .put("importedAt", s.importedAt().toString()).put("structures", s.structures()) //$NON-NLS-1$ //$NON-NLS-2$
                .put("services", s.services()).put("ageDays", s.age(clock.instant()).toDays()) //$NON-NLS-1$ //$NON-NLS-2$
                .put("stale", s.isStale(clock.instant())); //$NON-NLS-1$
    }

    private ObjectNode structureNode(Structure s) {
        return mapper.createObjectNode().put("siret", s.siret()).put("name", s.name()) //$NON-NLS-1$ //$NON-NLS-2$
                .put("postalCode", s.postalCode()).put("town", s.town()).put("StA", s.active()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .put("StGE", s.engagementRequired()).put("StGS", s.serviceRequired()) //$NON-NLS-1$ //$NON-NLS-2$
                .put("StGSE", s.serviceOrEngagementRequired()); //$NON-NLS-1$
    }

    private void flag(String name, boolean value, String meaning) {
        out.println("  " + pad(name, 6) + pad(yesNo(value), 4) + meaning); //$NON-NLS-1$
    }

    private static String yesNo(boolean value) {
        return value ? Messages.Out_yes : Messages.Out_no;
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }
}
