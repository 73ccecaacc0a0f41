// SPDX-License-Identifier: EPL-2.0
package org.choral.cli.internal;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.choral.cli.internal.i18n.Messages;
import org.choral.core.api.DataFolders;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Parses the global options ({@code --json}, {@code --data DIR}, {@code --version},
 * {@code --help}), answers {@code help} and {@code --version} itself, and runs the verb named by
 * the first other argument. It knows no verb by name: they come from the supplier.
 */
public final class Dispatcher {

    private static final String OPT_JSON = "--json"; //$NON-NLS-1$
    private static final String OPT_DATA = "--data"; //$NON-NLS-1$
    private static final String VERB_HELP = "help"; //$NON-NLS-1$

    private final Supplier<Collection<CommandVerb>> verbs;
    private final String version;
    private final Map<String, String> environment;
    private final ObjectMapper json = new ObjectMapper();

    public Dispatcher(Supplier<Collection<CommandVerb>> verbs, String version, Map<String, String> environment) {
        this.verbs = verbs;
        this.version = version;
        this.environment = Map.copyOf(environment);
    }

    /** Runs the command line {@code args} and returns the process exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean asJson = false;
        String data = null;
        List<String> rest = new ArrayList<>();
        boolean afterVerb = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (OPT_JSON.equals(a)) {
                asJson = true;
            } else if (OPT_DATA.equals(a) || a.startsWith(OPT_DATA + "=")) { //$NON-NLS-1$
                if (a.length() > OPT_DATA.length()) {
                    data = a.substring(OPT_DATA.length() + 1);
                } else if (i + 1 < args.size()) {
                    data = args.get(++i);
                } else {
                    err.println(NLS.bind(Messages.Cli_missingValue, OPT_DATA));
                    return ExitCode.USAGE;
                }
            } else if (!afterVerb && ("--version".equals(a) || "-v".equals(a))) { //$NON-NLS-1$ //$NON-NLS-2$
                rest.add(0, "--version"); //$NON-NLS-1$
                afterVerb = true;
            } else if (!afterVerb && ("--help".equals(a) || "-h".equals(a) || "-?".equals(a))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                rest.add(0, VERB_HELP);
                afterVerb = true;
            } else {
                rest.add(a);
                afterVerb = true;
            }
        }
        if (rest.isEmpty()) {
            printHelp(out, asJson);
            return ExitCode.USAGE;
        }
        String verbName = rest.get(0);
        List<String> verbArgs = rest.subList(1, rest.size());
        if ("--version".equals(verbName)) { //$NON-NLS-1$
            printVersion(out, asJson);
            return ExitCode.OK;
        }
        if (VERB_HELP.equals(verbName)) {
            return help(verbArgs, out, err, asJson);
        }
        if (verbName.startsWith("-")) { //$NON-NLS-1$
            err.println(NLS.bind(Messages.Cli_unknownOption, verbName));
            return ExitCode.USAGE;
        }
        Optional<CommandVerb> verb = find(verbName);
        if (verb.isEmpty()) {
            err.println(NLS.bind(Messages.Cli_unknownVerb, verbName, names()));
            return ExitCode.USAGE;
        }
        Path dataFolder;
        try {
            dataFolder = data == null ? DataFolders.defaultFolder(environment, System.getProperty("os.name", ""), //$NON-NLS-1$ //$NON-NLS-2$
                    System.getProperty("user.home", ".")) : Path.of(data).toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (InvalidPathException e) {
            err.println(NLS.bind(Messages.Cli_badDataFolder, data));
            return ExitCode.USAGE;
        }
        CommandContext context = new CommandContext(out, err, asJson, dataFolder, environment);
        try {
            return verb.get().run(context, List.copyOf(verbArgs));
        } catch (CommandException e) {
            if (asJson) {
                ObjectNode node = json.createObjectNode();
                node.put("error", e.getMessage()); //$NON-NLS-1$
                node.put("exitCode", e.exitCode()); //$NON-NLS-1$
                out.println(node.toString());
            }
            err.println(NLS.bind(Messages.Cli_error, e.getMessage()));
            return e.exitCode();
        } catch (RuntimeException e) {
            err.println(NLS.bind(Messages.Cli_internalError, verbName, String.valueOf(e)));
            e.printStackTrace(err);
            return ExitCode.USAGE;
        }
    }

    private Optional<CommandVerb> find(String name) {
        return verbs.get().stream().filter(v -> v.name().equals(name)).findFirst();
    }

    private List<CommandVerb> sorted() {
        List<CommandVerb> list = new ArrayList<>(verbs.get());
        list.sort(Comparator.comparing(CommandVerb::name));
        return list;
    }

    private String names() {
        StringBuilder b = new StringBuilder();
        for (CommandVerb v : sorted()) {
            b.append(b.isEmpty() ? "" : ", ").append(v.name()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b.append(b.isEmpty() ? "" : ", ").append(VERB_HELP).toString(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private int help(List<String> args, PrintStream out, PrintStream err, boolean asJson) {
        if (args.isEmpty()) {
            printHelp(out, asJson);
            return ExitCode.OK;
        }
        Optional<CommandVerb> verb = find(args.get(0));
        if (verb.isEmpty()) {
            err.println(NLS.bind(Messages.Cli_unknownVerb, args.get(0), names()));
            return ExitCode.USAGE;
        }
        if (asJson) {
            ObjectNode node = json.createObjectNode();
            node.put("name", verb.get().name()); //$NON-NLS-1$
            node.put("summary", verb.get().summary()); //$NON-NLS-1$
            node.put("usage", verb.get().usage()); //$NON-NLS-1$
            out.println(node.toString());
        } else {
            out.println(verb.get().usage());
        }
        return ExitCode.OK;
    }

    private void printVersion(PrintStream out, boolean asJson) {
        if (asJson) {
            ObjectNode node = json.createObjectNode();
            node.put("name", "Choral"); //$NON-NLS-1$ //$NON-NLS-2$
            node.put("version", version); //$NON-NLS-1$
            node.put("java", System.getProperty("java.version")); //$NON-NLS-1$ //$NON-NLS-2$
            out.println(node.toString());
        } else {
            out.println(NLS.bind(Messages.Cli_version, version));
        }
    }

    private void printHelp(PrintStream out, boolean asJson) {
        List<CommandVerb> list = sorted();
        if (asJson) {
            ObjectNode node = json.createObjectNode();
            node.put("version", version); //$NON-NLS-1$
            ArrayNode array = node.putArray("verbs"); //$NON-NLS-1$
            for (CommandVerb v : list) {
                array.addObject().put("name", v.name()).put("summary", v.summary()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            out.println(node.toString());
            return;
        }
        out.println(NLS.bind(Messages.Cli_helpHeader, version));
        out.println();
        out.println(Messages.Cli_helpVerbs);
        int width = 8;
        for (CommandVerb v : list) {
            width = Math.max(width, v.name().length() + 2);
        }
        for (CommandVerb v : list) {
            out.println("  " + pad(v.name(), width) + v.summary()); //$NON-NLS-1$
        }
        out.println("  " + pad(VERB_HELP, width) + Messages.Cli_helpHelp); //$NON-NLS-1$
        out.println();
        out.println(Messages.Cli_helpGlobal);
        out.println(Messages.Cli_helpExitCodes);
    }

    private static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        while (b.length() < width) {
            b.append(' ');
        }
        return b.toString();
    }
}
