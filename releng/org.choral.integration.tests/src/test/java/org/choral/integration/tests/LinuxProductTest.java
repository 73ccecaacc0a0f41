// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Linux product, started for real through its scripts, with no display. */
class LinuxProductTest {

    @TempDir
    static Path dir;

    private static InstalledProduct product;

    @BeforeAll
    static void unpack() throws Exception {
        product = InstalledProduct.unpack(dir);
    }

    @Test
    void versionPrintsWithoutADisplayAndExitsZero() throws Exception {
        Run.Result r = product.choral("--version");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().strip().matches("Choral 0\\.1\\.0 \\(build [0-9A-Za-z_-]+\\)"), r.toString());
    }

    @Test
    void unknownCommandExitsTwoAndNamesIt() throws Exception {
        Run.Result r = product.choral("nope");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("nope"), r.toString());
    }

    @Test
    void helpListsTheUpdateCommand() throws Exception {
        Run.Result r = product.choral("help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("update"), r.toString());
    }

    @Test
    void scriptsSayWhatToInstallWhenOnlyAnOldJavaIsFound() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("fake-bin"));
        Path oldJava = bin.resolve("java11");
        Files.writeString(oldJava, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
        Files.setPosixFilePermissions(oldJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        // A PATH with the tools the scripts use and no java in it.
        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("sed", "head", "dirname", "uname", "mkdir")) {
            Path real = which(tool);
            Files.createSymbolicLink(tools.resolve(tool), real);
        }
        Map<String, String> env = new HashMap<>();
        env.put("CHORAL_JAVA", oldJava.toString());
        env.put("JAVA_HOME", null);
        env.put("PATH", tools.toString());
        for (String script : List.of("choral", "choral-workbench")) {
            Run.Result r = Run.exec(List.of(product.home.resolve(script).toString(), "--version"), product.home, env,
                    java.time.Duration.ofMinutes(1));
            assertEquals(2, r.code(), script + ": " + r);
            assertTrue(r.err().contains("Choral a besoin de Java 17 ou plus récent"), script + ": " + r);
            assertTrue(r.err().contains("11.0.22"), "names what it found: " + r);
            assertTrue(r.err().contains("sudo apt-get install openjdk-17-jre"), script + ": " + r);
            assertTrue(r.err().contains("CHORAL_JAVA"), script + ": " + r);
        }
    }

    private static Path which(String tool) throws IOException {
        for (String d : List.of("/usr/bin", "/bin")) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IOException(tool + " not found in /usr/bin or /bin");
    }
}
