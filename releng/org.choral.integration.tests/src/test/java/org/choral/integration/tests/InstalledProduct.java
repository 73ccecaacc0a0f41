// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.choral.integration.tests.Products.Platform;

/** The Linux product unpacked as a user would, started through its scripts. */
final class InstalledProduct {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    final Path home;
    private final Path data;

    private InstalledProduct(Path home, Path data) {
        this.home = home;
        this.data = data;
    }

    /** Unpacks the Linux archive under {@code dir} (tar keeps the modes, as users' tar does). */
    static InstalledProduct unpack(Path dir) throws IOException, InterruptedException {
        Path archive = Products.archive(Platform.LINUX).toAbsolutePath();
        Run.Result r = Run.exec(List.of("tar", "xzf", archive.toString()), dir, Map.of(), Duration.ofMinutes(2));
        if (r.code() != 0) {
            throw new IllegalStateException("cannot unpack " + archive + ": " + r);
        }
        Path data = Files.createDirectories(dir.resolve("data"));
        return new InstalledProduct(dir.resolve("choral"), data);
    }

    /**
     * Runs {@code choral ARGS} without a display, in French, with its own data folder; {@code env}
     * adds to or (null values) removes from the environment.
     */
    Run.Result choral(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("choral").toString()));
        command.addAll(List.of(args));
        Map<String, String> all = new HashMap<>();
        all.put("DISPLAY", null);
        all.put("WAYLAND_DISPLAY", null);
        all.put("CHORAL_DATA", data.toString());
        all.put("CHORAL_VMARGS", "-Xmx256m -Duser.language=fr -Duser.country=FR");
        all.putAll(env);
        return Run.exec(command, home, all, START_LIMIT);
    }

    /**
     * A {@code choral ARGS} process left running, with {@code dataFolder} as its data folder and the
     * same environment as {@link #choral(Map, String...)}: the script execs java, so the process is the JVM.
     */
    ProcessBuilder process(Path dataFolder, String... args) {
        List<String> command = new ArrayList<>(List.of(home.resolve("choral").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("CHORAL_DATA", dataFolder.toString());
        pb.environment().put("CHORAL_VMARGS", "-Xmx256m -Duser.language=fr -Duser.country=FR");
        return pb;
    }

    Path data() {
        return data;
    }

    /**
     * The same installation on a copy of this data folder, made at {@code copy}: what was set up
     * once (a directory imported) without what each test adds (its deposit history).
     */
    InstalledProduct withCopyOfData(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(data.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return new InstalledProduct(home, copy);
    }

    Run.Result choral(String... args) throws IOException, InterruptedException {
        return choral(Map.of(), args);
    }

    /** The qualifier of the installed org.choral.core, i.e. the build the product comes from. */
    String coreQualifier() throws IOException {
        try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
            List<String> names = plugins.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("org.choral.core_") && n.endsWith(".jar")).toList();
            if (names.size() != 1) {
                throw new IllegalStateException("expected one org.choral.core jar, found " + names);
            }
            String version = names.get(0).substring("org.choral.core_".length(), names.get(0).length() - 4);
            return version.substring(version.indexOf('.', version.indexOf('.', version.indexOf('.') + 1) + 1) + 1);
        }
    }
}
