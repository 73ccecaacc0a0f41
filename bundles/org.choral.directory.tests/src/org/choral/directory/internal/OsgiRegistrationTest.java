// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The bundle's DS components are really registered in OSGi, and the H2 driver is reachable. */
class OsgiRegistrationTest {

    @TempDir
    Path dir;

    private static <T> T service(Class<T> type) throws InterruptedException {
        Bundle bundle = FrameworkUtil.getBundle(DirectoryServicesComponent.class);
        BundleContext context = bundle.getBundleContext();
        if (context == null) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (org.osgi.framework.BundleException e) {
                throw new IllegalStateException(e);
            }
            context = bundle.getBundleContext();
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            return tracker.waitForService(10_000);
        } finally {
            tracker.close();
        }
    }

    @Test
    void factoryServiceOpensADirectoryInTheGivenFolder() throws Exception {
        DirectoryServices factory = service(DirectoryServices.class);
        assertNotNull(factory, "DirectoryServices not registered");
        DirectoryService directory = factory.open(dir);
        assertTrue(directory == factory.open(dir.resolve(".")), "one instance per folder");
        directory.importFiles(List.of(Fixtures.base(dir.resolve("annuaire.xlsx"))), null);
        assertEquals(3, directory.status().orElseThrow().structures());
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("directory/directory.mv.db")));
    }

    @Test
    void defaultDirectoryServiceAndVerbAreRegistered() throws Exception {
        assertNotNull(service(DirectoryService.class), "DirectoryService not registered");
        Bundle bundle = FrameworkUtil.getBundle(DirectoryServicesComponent.class);
        ServiceTracker<CommandVerb, CommandVerb> verbs = new ServiceTracker<>(bundle.getBundleContext(),
                CommandVerb.class, null);
        verbs.open();
        try {
            verbs.waitForService(10_000);
            CommandVerb[] found = verbs.getServices(new CommandVerb[0]);
            assertTrue(found != null && Arrays.stream(found).anyMatch(v -> "directory".equals(v.name())),
                    "directory verb not registered");
        } finally {
            verbs.close();
        }
    }
}
