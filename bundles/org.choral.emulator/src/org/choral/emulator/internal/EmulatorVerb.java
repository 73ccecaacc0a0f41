// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.choral.emulator.EmulatorProfile;
import org.choral.emulator.FaultPlan;
import org.choral.emulator.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code choral emulator [--port N] [--directory FILE…] [--faults FILE] [--speed X] [--seed N]
 * [--outcomes S,R,A]}: runs the emulator on 127.0.0.1 until interrupted (Ctrl-C), its state in
 * {@code DATA/emulator}.
 */
@Component(service = CommandVerb.class)
public final class EmulatorVerb implements CommandVerb {

    private static final Set<String> VALUED = Set.of("port", "directory", "faults", "speed", "seed", "outcomes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    @Override
    public String name() {
        return "emulator"; //$NON-NLS-1$
    }

    @Override
    public String summary() {
        return Messages.Verb_summary;
    }

    @Override
    public String usage() {
        return Messages.Verb_usage;
    }

    @Override
    public int run(CommandContext context, List<String> arguments) throws CommandException {
        Arguments args = Arguments.parse(arguments, VALUED, Set.of());
        if (!args.positional().isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Verb_unexpected, args.positional().get(0)));
        }
        EmulatorConfig.Builder config = EmulatorConfig.builder(context.dataFolder().resolve(Emulator.DATA_SUBFOLDER))
                .port(args.intValue("port", EmulatorConfig.DEFAULT_PORT)); //$NON-NLS-1$
        try {
            // the data folder's profile (the demo's) first: options given here win
            EmulatorProfile.apply(context.dataFolder(), config, args.values("directory").isEmpty()); //$NON-NLS-1$
        } catch (IOException e) {
            throw CommandException.usage(e.getMessage());
        }
        for (String d : args.values("directory")) { //$NON-NLS-1$
            config.directoryFile(existing("--directory", d)); //$NON-NLS-1$
        }
        if (args.has("faults")) { //$NON-NLS-1$
            try {
                config.faults(FaultPlan.read(existing("--faults", args.value("faults")))); //$NON-NLS-1$ //$NON-NLS-2$
            } catch (IOException e) {
                throw CommandException.usage(e.getMessage());
            }
        }
        if (args.has("speed")) { //$NON-NLS-1$
            config.speed(number("speed", args.value("speed"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (args.has("seed")) { //$NON-NLS-1$
            config.seed((long) number("seed", args.value("seed"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (args.has("outcomes")) { //$NON-NLS-1$
            String[] shares = args.value("outcomes").split(","); //$NON-NLS-1$ //$NON-NLS-2$
            if (shares.length != 3) {
                throw CommandException.usage(NLS.bind(Messages.Verb_badOutcomes, args.value("outcomes"))); //$NON-NLS-1$
            }
            config.outcomes(number("outcomes", shares[0]), number("outcomes", shares[1]), number("outcomes", shares[2])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        EmulatorConfig built;
        try {
            built = config.build();
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(NLS.bind(Messages.Verb_badSetting, e.getMessage()));
        }
        return serve(context, built);
    }

    private static int serve(CommandContext context, EmulatorConfig config) throws CommandException {
        Emulator emulator;
        try {
            emulator = Emulator.start(config);
        } catch (IOException e) {
            throw CommandException.usage(NLS.bind(Messages.Verb_cannotStart, config.port(), e.getMessage()));
        }
        Runnable stop = stopper(context, emulator);
        Thread hook = new Thread(stop, "choral-emulator-shutdown"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        print(context, emulator);
        boolean interrupted = false;
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            // closed before the interrupt flag is restored: an interrupted thread cannot write the state file
            stop.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs, stopping twice does nothing
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    /**
     * Closes the emulator once (Ctrl-C and SIGTERM reach it through the shutdown hook) and says what
     * it served: with {@code --json} a last line {@code {"stopped":true,"connectionsAccepted":N,"calls":M}},
     * which the deposit benchmark reads to check that the client reused its connections.
     */
    private static Runnable stopper(CommandContext context, Emulator emulator) {
        AtomicBoolean done = new AtomicBoolean();
        ObjectNode summary = new ObjectMapper().createObjectNode(); // built now: the JVM may be shutting down later
        return () -> {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            emulator.close();
            long connections = emulator.connectionsAccepted();
            int calls = emulator.faults().totalCalls();
            if (context.json()) {
                summary.put("stopped", true).put("connectionsAccepted", connections).put("calls", calls); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                context.out().println(summary.toString());
                context.out().flush();
            }
            context.err().println(NLS.bind(Messages.Verb_stopped, connections, calls));
            context.err().flush();
        };
    }

    private static void print(CommandContext context, Emulator emulator) {
        if (context.json()) {
            ObjectNode node = new ObjectMapper().createObjectNode();
            node.put("baseUrl", emulator.baseUrl().toString()); //$NON-NLS-1$
            node.put("tokenUrl", emulator.tokenUrl().toString()); //$NON-NLS-1$
            node.put("port", emulator.port()); //$NON-NLS-1$
            node.put("stateFolder", emulator.stateFolder().toString()); //$NON-NLS-1$
            node.put("structures", emulator.structures().size()); //$NON-NLS-1$
            context.out().println(node.toString());
        } else {
            context.out().println(NLS.bind(Messages.Verb_started, emulator.baseUrl()));
            context.out().println(NLS.bind(Messages.Verb_token, emulator.tokenUrl()));
            context.out().println(NLS.bind(Messages.Verb_state, emulator.stateFolder(), emulator.structures().size()));
            context.out().println(Messages.Verb_stop);
        }
        context.out().flush();
    }

    private static Path existing(String option, String value) throws CommandException {
        try {
            Path p = Path.of(value);
            if (!Files.isReadable(p)) {
                throw CommandException.usage(NLS.bind(Messages.Verb_noFile, option, value));
            }
            return p;
        } catch (InvalidPathException e) {
            throw CommandException.usage(NLS.bind(Messages.Verb_noFile, option, value));
        }
    }

    private static double number(String option, String value) throws CommandException {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw CommandException.usage(NLS.bind(Messages.Verb_notANumber, "--" + option, value)); //$NON-NLS-1$
        }
    }
}
