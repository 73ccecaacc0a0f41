// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Version N (the product this build made) updates itself to N+1 (the same sources rebuilt with a
 * higher qualifier into a local update site) through {@code choral update --site file:…}, and then
 * runs as N+1. The steps share one installation, hence the order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpdateFromSiteTest {

    @TempDir
    static Path dir;

    private static InstalledProduct product;
    private static String next;
    private static String site;

    @Test
    @Order(1)
    void buildVersionNPlusOneAndCheckItIsOffered() throws Exception {
        product = InstalledProduct.unpack(Files.createDirectories(dir.resolve("install")));
        String current = product.coreQualifier();
        // Same prefix plus a suffix: a higher OSGi qualifier whatever the build's timestamp.
        next = current + "-next";
        Path repository = NextVersionBuild.build(next, Files.createDirectories(dir.resolve("nplus1")));
        site = repository.toUri().toString();

        Run.Result check = product.choral("update", "--check", "--site", site);
        assertEquals(1, check.code(), "--check exits 1 when updates are available: " + check);
        assertTrue(check.out().contains("(build " + next + ")"), check.toString());
        assertTrue(check.out().contains("(build " + current + ")"), check.toString());
        assertEquals("Choral 0.1.0 (build " + current + ")", product.choral("--version").out().strip(),
                "--check installs nothing");
    }

    @Test
    @Order(2)
    void updateInstallsNPlusOneWhichThenRuns() throws Exception {
        Run.Result update = product.choral("--json", "update", "--site", site);
        assertEquals(0, update.code(), update.toString());
        assertTrue(update.out().contains("\"installed\":true"), update.toString());
        assertTrue(update.out().contains("\"restartRequired\":true"), update.toString());

        Run.Result version = product.choral("--version");
        assertEquals(0, version.code(), version.toString());
        assertEquals("Choral 0.1.0 (build " + next + ")", version.out().strip(), version.toString());
        assertTrue(Files.isExecutable(product.home.resolve("choral")), "the updated scripts stay executable");
    }

    @Test
    @Order(3)
    void afterTheUpdateTheSiteHasNothingNewer() throws Exception {
        Run.Result check = product.choral("update", "--check", "--site", site);
        assertEquals(0, check.code(), check.toString());
        assertTrue(check.out().contains("à jour"), check.toString());
    }
}
