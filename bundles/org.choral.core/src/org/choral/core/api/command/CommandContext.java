// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a verb is given besides its arguments: the streams to print to, whether JSON was asked
 * for, the data folder and the environment (credentials for scheduled runs come from there, never
 * from arguments).
 *
 * @param out standard output: the result, human text or JSON
 * @param err standard error: warnings and error messages
 * @param json {@code true} when {@code --json} was given
 * @param dataFolder the folder holding the directory, the ledger and the emulator state
 * @param environment the process environment
 * @since 0.1
 */
public record CommandContext(PrintStream out, PrintStream err, boolean json, Path dataFolder,
        Map<String, String> environment) {

    public CommandContext {
        Objects.requireNonNull(out);
        Objects.requireNonNull(err);
        Objects.requireNonNull(dataFolder);
        environment = Map.copyOf(environment);
    }
}
