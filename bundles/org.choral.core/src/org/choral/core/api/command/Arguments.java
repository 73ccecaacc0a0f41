// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A verb's arguments split into options and positional values, checked against the options the
 * verb knows: an unknown option or a missing value is a usage error naming the option.
 * <p>
 * Options are {@code --name value}, {@code --name=value} or, for flags, {@code --name}. An option
 * given several times keeps every value ({@link #values(String)}).
 *
 * @since 0.1
 */
public final class Arguments {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    /**
     * Parses {@code args}.
     *
     * @param args the verb's arguments
     * @param valued the options that take a value (without {@code --})
     * @param flags the options that take none
     * @throws CommandException on an unknown option or a missing value
     */
    public static Arguments parse(List<String> args, Set<String> valued, Set<String> flags)
            throws CommandException {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) { //$NON-NLS-1$
                parsed.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name) && value == null) {
                parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true"); //$NON-NLS-1$
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) { //$NON-NLS-1$
                        throw CommandException.usage(NLS.bind(Messages.Arguments_missingValue, arg));
                    }
                    value = args.get(++i);
                }
                parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw CommandException.usage(NLS.bind(Messages.Arguments_unknownOption, "--" + name)); //$NON-NLS-1$
            }
        }
        return parsed;
    }

    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** The last value given for {@code option}, or {@code null}. */
    public String value(String option) {
        List<String> v = options.get(option);
        return v == null ? null : v.get(v.size() - 1);
    }

    public String value(String option, String defaultValue) {
        String v = value(option);
        return v == null ? defaultValue : v;
    }

    /** Every value given for {@code option}, in order. */
    public List<String> values(String option) {
        return Collections.unmodifiableList(options.getOrDefault(option, List.of()));
    }

    /** The value of {@code option}, or a usage error naming it. */
    public String required(String option) throws CommandException {
        String v = value(option);
        if (v == null) {
            throw CommandException.usage(NLS.bind(Messages.Arguments_requiredOption, "--" + option)); //$NON-NLS-1$
        }
        return v;
    }

    /** The value of an integer option, or a usage error naming it. */
    public int intValue(String option, int defaultValue) throws CommandException {
        String v = value(option);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw CommandException.usage(NLS.bind(Messages.Arguments_notANumber, "--" + option, v)); //$NON-NLS-1$
        }
    }

    public List<String> positional() {
        return Collections.unmodifiableList(positional);
    }
}
