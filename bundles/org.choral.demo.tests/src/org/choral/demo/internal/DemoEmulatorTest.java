// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.choral.core.api.directory.Structure;
import org.choral.demo.api.DemoReport;
import org.choral.demo.api.DemoService;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.choral.emulator.EmulatorProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator of the demo's data folder, started on its profile, judges against the sample directory. */
class DemoEmulatorTest {

    @TempDir
    Path dir;

    @Test
    void emulatorStartedOnTheProfileKnowsTheSampleDirectoryAndRunsFast() throws Exception {
        DemoReport report = Services.one(DemoService.class).prepare(dir, false, null);
        EmulatorConfig config = EmulatorProfile.apply(report.dataFolder(),
                EmulatorConfig.builder(report.dataFolder().resolve(Emulator.DATA_SUBFOLDER)).port(0), true).build();
        assertEquals(DemoPreparer.SPEED, config.speed());
        assertEquals(DemoDirectory.SEED, config.seed());
        assertEquals(0.1, config.shareRejected());
        assertEquals(java.util.List.of(DemoSupplier.SIRET), config.suppliers());
        try (Emulator emulator = Emulator.start(config)) {
            Set<String> sirets = emulator.structures().stream().map(Structure::siret).collect(Collectors.toSet());
            assertEquals(DemoDirectory.STRUCTURES, sirets.size());
            DemoDirectory.Recipients r = new DemoDirectory().recipients();
            assertTrue(sirets.contains(r.plain().siret()) && sirets.contains(r.withServices().siret())
                    && sirets.contains(r.engagement().siret()), "the sample invoices' recipients"); //$NON-NLS-1$
        }
    }
}
