// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.choral.core.api.Siret;
import org.choral.core.api.command.Arguments;
import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.core.api.directory.DirectoryImportException;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.ImportReport;
import org.choral.core.api.directory.Structure;
import org.choral.directory.internal.i18n.Messages;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code choral directory import|show|search|status}: the directory from the command line, on the
 * data folder given by {@code --data}.
 */
@Component(service = CommandVerb.class)
public final class DirectoryVerb implements CommandVerb {

    private static final String LIMIT = "limit"; //$NON-NLS-1$
    private static final int DEFAULT_LIMIT = 20;

    @Reference
    private DirectoryServices directories;

    private final Clock clock;

    public DirectoryVerb() {
        this(null, Clock.systemUTC());
    }

    DirectoryVerb(DirectoryServices directories, Clock clock) {
        this.directories = directories;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "directory"; //$NON-NLS-1$
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
        Arguments args = Arguments.parse(arguments, Set.of(LIMIT), Set.of());
        List<String> words = args.positional();
        if (words.isEmpty()) {
            throw CommandException.usage(Messages.Verb_missingAction);
        }
        DirectoryService directory;
        try {
            directory = directories.open(context.dataFolder());
        } catch (IOException e) {
            throw CommandException.usage(e.getMessage());
        }
        Output output = new Output(context, clock);
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "import" -> importFiles(directory, output, rest); //$NON-NLS-1$
            case "show" -> show(directory, output, rest); //$NON-NLS-1$
            case "search" -> search(directory, output, rest, args.intValue(LIMIT, DEFAULT_LIMIT)); //$NON-NLS-1$
            case "status" -> status(directory, output, rest); //$NON-NLS-1$
            default -> throw CommandException.usage(NLS.bind(Messages.Verb_unknownAction, words.get(0)));
        };
    }

    private static int importFiles(DirectoryService directory, Output output, List<String> names)
            throws CommandException {
        if (names.isEmpty()) {
            throw CommandException.usage(Messages.Verb_importNoFile);
        }
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path file;
            try {
                file = Path.of(name).toAbsolutePath();
            } catch (InvalidPathException e) {
                throw CommandException.usage(NLS.bind(Messages.Verb_fileNotFound, name));
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw CommandException.usage(NLS.bind(Messages.Verb_fileNotFound, name));
            }
            files.add(file);
        }
        try {
            ImportReport report = directory.importFiles(files, new NullProgressMonitor());
            output.imported(report);
            return ExitCode.OK;
        } catch (DirectoryImportException e) {
            throw CommandException.usage(NLS.bind(Messages.Verb_importFailed, e.getMessage()));
        }
    }

    private static int show(DirectoryService directory, Output output, List<String> rest) throws CommandException {
        if (rest.isEmpty()) {
            throw CommandException.usage(Messages.Verb_showNoSiret);
        }
        String raw = String.join("", rest); //$NON-NLS-1$
        String siret = Siret.normalize(raw);
        if (siret == null) {
            throw CommandException.usage(NLS.bind(Messages.Verb_badSiret, raw));
        }
        requireImported(directory);
        Optional<Structure> structure = directory.lookup(siret);
        if (structure.isEmpty()) {
            output.notFound(siret);
            return ExitCode.FINDINGS;
        }
        output.structure(structure.get());
        return ExitCode.OK;
    }

    private static int search(DirectoryService directory, Output output, List<String> rest, int limit)
            throws CommandException {
        String text = String.join(" ", rest).trim(); //$NON-NLS-1$
        if (text.isEmpty()) {
            throw CommandException.usage(Messages.Verb_searchNoText);
        }
        if (limit <= 0) {
            throw CommandException.usage(NLS.bind(Messages.Verb_badLimit, Integer.valueOf(limit)));
        }
        requireImported(directory);
        output.results(text, directory.search(text, limit));
        return ExitCode.OK;
    }

    private int status(DirectoryService directory, Output output, List<String> rest) throws CommandException {
        if (!rest.isEmpty()) {
            throw CommandException.usage(NLS.bind(Messages.Verb_unexpected, String.join(" ", rest))); //$NON-NLS-1$
        }
        Optional<DirectoryStatus> status = directory.status();
        output.status(status);
        return status.isEmpty() || status.get().isStale(clock.instant()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static void requireImported(DirectoryService directory) throws CommandException {
        if (directory.status().isEmpty()) {
            throw CommandException.usage(Messages.Verb_noDirectory);
        }
    }
}
