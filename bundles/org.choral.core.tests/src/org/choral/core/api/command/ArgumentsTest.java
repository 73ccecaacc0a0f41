// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static final Set<String> VALUED = Set.of("invoices", "mode", "pause-ms");
    private static final Set<String> FLAGS = Set.of("split", "continue-on-error");

    @Test
    void splitsOptionsFlagsAndPositionalValues() throws CommandException {
        Arguments a = Arguments.parse(List.of("show", "--mode", "lot", "--split", "--invoices=a.csv",
                "--invoices", "b.csv", "12345678901234"), VALUED, FLAGS);
        assertEquals(List.of("show", "12345678901234"), a.positional());
        assertEquals("lot", a.value("mode"));
        assertTrue(a.has("split"));
        assertFalse(a.has("continue-on-error"));
        assertEquals(List.of("a.csv", "b.csv"), a.values("invoices"));
        assertEquals("b.csv", a.value("invoices"));
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() {
        CommandException e = assertThrows(CommandException.class,
                () -> Arguments.parse(List.of("--mod", "lot"), VALUED, FLAGS));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("--mod"), e.getMessage());
    }

    @Test
    void missingValueIsAUsageError() {
        CommandException e = assertThrows(CommandException.class,
                () -> Arguments.parse(List.of("--mode", "--split"), VALUED, FLAGS));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("--mode"), e.getMessage());
    }

    @Test
    void requiredAndIntegerOptions() throws CommandException {
        Arguments a = Arguments.parse(List.of("--pause-ms", "250"), VALUED, FLAGS);
        assertEquals(250, a.intValue("pause-ms", 1000));
        assertEquals(7, a.intValue("other", 7));
        CommandException missing = assertThrows(CommandException.class, () -> a.required("mode"));
        assertTrue(missing.getMessage().contains("--mode"));
        Arguments bad = Arguments.parse(List.of("--pause-ms", "vite"), VALUED, FLAGS);
        CommandException nan = assertThrows(CommandException.class, () -> bad.intValue("pause-ms", 0));
        assertTrue(nan.getMessage().contains("vite"), nan.getMessage());
    }

    @Test
    void aDoubleDashAloneIsPositional() throws CommandException {
        Arguments a = Arguments.parse(List.of("--"), VALUED, FLAGS);
        assertEquals(List.of("--"), a.positional());
    }
}
