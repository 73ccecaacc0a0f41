// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.deposit.DepositOutcome;
import org.choral.core.api.deposit.DepositRow;
import org.choral.core.api.deposit.DepositSummary;
import org.choral.deposit.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What {@code choral deposit} prints at the end of a run that stopped before its last invoice. */
class DepositPrinterTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private DepositPrinter printer(boolean json) {
        return new DepositPrinter(new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), json, Path.of("data"), Map.of()), json);
    }

    private static DepositSummary stopped() {
        return new DepositSummary(List.of(), List.of(
                new DepositRow("F-1", "F-1.xml", DepositOutcome.DEPOSITED, "CPP1", "CPP1"),
                new DepositRow("F-2", "F-2.xml", DepositOutcome.FAILED, null, "injoignable")), "stopped: why, what to do",
                false, true);
    }

    @Test
    void theSummarySaysHowManyInvoicesTheStoppedRunNeverSentAndTheStopGoesToTheErrorOutput() {
        DepositPrinter p = printer(false);
        stopped().rows().forEach(p::row);
        p.end(stopped(), List.of(), List.of(), 3);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(NLS.bind(Messages.Deposit_notSent, 3)), text);
        assertEquals("stopped: why, what to do", err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void aRunThatWentThroughHasOnlyItsTotals() {
        printer(false).end(new DepositSummary(List.of(), List.of(), null, false, false), List.of(), List.of(), 0);
        assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().count(), out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonCountsThemToo() throws Exception {
        DepositPrinter p = printer(true);
        stopped().rows().forEach(p::row);
        p.end(stopped(), List.of(), List.of(), 3);
        JsonNode summary = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("summary");
        assertEquals(3, summary.get("notSent").asInt());
        assertEquals(1, summary.get("failed").asInt());
        assertEquals("stopped: why, what to do", summary.get("stopReason").asText());
    }

    @Test
    void aRowWithoutAFileLeavesTheColumnEmpty() {
        printer(false).row(new DepositRow("F-3", null, DepositOutcome.SKIPPED, null, "why"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("F-3\t\t"), text);
        assertFalse(text.contains("null"), text);
    }
}
