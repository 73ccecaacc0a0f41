// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.command;

import java.util.List;

/**
 * One verb of the {@code choral} command line ({@code directory}, {@code check}, {@code flux}…),
 * registered as an OSGi service by the bundle that owns the feature.
 *
 * @since 0.1
 */
public interface CommandVerb {

    /** The word typed after {@code choral}, lower case, unique among the registered verbs. */
    String name();

    /** One line, in the user's language, shown by {@code choral help}. */
    String summary();

    /** The full usage text, in the user's language, shown by {@code choral help VERB}. */
    String usage();

    /**
     * Runs the verb.
     *
     * @param context where to print, the global options and the data folder
     * @param arguments what followed the verb on the command line, global options removed
     * @return one of the {@link ExitCode} values
     * @throws CommandException for a usage or input error, or an unreachable portal; its exit code
     *             and message are what the user sees
     */
    int run(CommandContext context, List<String> arguments) throws CommandException;
}
