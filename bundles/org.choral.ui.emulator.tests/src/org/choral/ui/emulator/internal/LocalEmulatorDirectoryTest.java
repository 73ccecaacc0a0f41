// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.emulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.Structure;
import org.choral.directory.testdata.DirectoryGenerator;
import org.choral.emulator.Emulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The workbench's emulator holds the directory the user imported into the same data folder (the
 * real directory service, in OSGi), and the one imported next after {@link LocalEmulator#loadDirectory}.
 */
class LocalEmulatorDirectoryTest {

    @TempDir
    Path data;
    private DirectoryServices directories;
    private LocalEmulator emulator;

    @BeforeEach
    void services() throws Exception {
        ServiceTracker<DirectoryServices, DirectoryServices> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(LocalEmulatorDirectoryTest.class).getBundleContext(), DirectoryServices.class,
                null);
        tracker.open();
        directories = tracker.waitForService(10_000);
        tracker.close();
        assertTrue(directories != null, "the directory's DS service is registered");
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.stop();
        }
    }

    private void importDirectory(DirectoryGenerator g, String name) throws Exception {
        Path file = data.resolve(name);
        g.writeXlsx(file);
        directories.open(data).importFiles(List.of(file), null);
    }

    private static Map<String, Structure> bySiret(List<Structure> structures) {
        return structures.stream().collect(Collectors.toMap(Structure::siret, Function.identity()));
    }

    @Test
    void startsWithTheLocalDirectoryAndReloadsTheNextImport() throws Exception {
        DirectoryGenerator march = new DirectoryGenerator(40, 60, 3);
        importDirectory(march, "mars.xlsx");
        emulator = new LocalEmulator(data, 0, directories);
        Emulator running = emulator.ensure(true).orElseThrow();

        Map<String, Structure> held = bySiret(running.structures());
        for (int i = 0; i < march.structureCount(); i++) {
            Structure local = march.structure(i);
            Structure there = held.get(local.siret());
            assertEquals(local.name(), there == null ? null : there.name(), local.siret());
            assertEquals(local.serviceRequired(), there.serviceRequired());
            assertEquals(local.services().stream().map(s -> s.code()).sorted().toList(),
                    there.services().stream().map(s -> s.code()).sorted().toList());
        }

        DirectoryGenerator april = new DirectoryGenerator(55, 60, 3);
        importDirectory(april, "avril.xlsx");
        assertEquals(55, emulator.loadDirectory());
        Map<String, Structure> now = bySiret(running.structures());
        for (int i = 0; i < april.structureCount(); i++) {
            assertTrue(now.containsKey(april.siret(i)), april.siret(i));
        }
    }

    @Test
    void withoutADirectoryBundleItStartsEmptyHanded() throws Exception {
        emulator = new LocalEmulator(data, 0, null);
        assertTrue(emulator.ensure(true).isPresent());
        assertEquals(0, emulator.loadDirectory());
    }
}
