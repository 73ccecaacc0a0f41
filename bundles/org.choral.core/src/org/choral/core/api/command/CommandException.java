// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.command;

/**
 * A failure that ends a verb with a given exit code and a message meant for the user (what is
 * wrong, where, and what to do).
 *
 * @since 0.1
 */
public class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CommandException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CommandException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A usage or input error (exit code 2). */
    public static CommandException usage(String message) {
        return new CommandException(ExitCode.USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
