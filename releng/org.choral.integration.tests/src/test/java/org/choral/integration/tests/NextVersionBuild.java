// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Version N+1 for the update test: the same sources built again, up to the update site, with a
 * higher build qualifier ({@code forceContextQualifier}), in a copy of the source tree so that the
 * running reactor's target folders stay untouched. Every Choral bundle and feature gets the new
 * qualifier, exactly as the next release would.
 */
final class NextVersionBuild {

    private static final Set<String> SKIPPED = Set.of(".git", "target", "bin");

    private NextVersionBuild() {
    }

    /** Builds the update site of {@code qualifier} under {@code work} and returns its folder. */
    static Path build(String qualifier, Path work) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("choral.root.dir", "../..")).toAbsolutePath().normalize();
        Path copy = work.resolve("src");
        copyTree(root, copy);
        // Offline: everything it needs was fetched by the build that runs this test.
        List<String> command = new ArrayList<>(List.of(copy.resolve("mvnw").toString(), "-B", "-q", "-o", "package",
                "-DskipTests", "-DforceContextQualifier=" + qualifier,
                "-pl", "!releng/org.choral.product,!releng/org.choral.integration.tests,!releng/org.choral.flux.validation"));
        String repo = System.getProperty("choral.maven.repo", "");
        if (!repo.isBlank()) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        Run.Result r = Run.exec(command, copy, Map.of(), Duration.ofMinutes(20));
        if (r.code() != 0) {
            throw new IllegalStateException("the N+1 build failed: " + r);
        }
        return copy.resolve("releng/org.choral.repository/target/repository");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(from) && SKIPPED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!SKIPPED.contains(file.getFileName().toString())) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
