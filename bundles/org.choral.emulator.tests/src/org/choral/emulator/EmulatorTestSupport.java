// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Starts an emulator per test on a free port, its virtual clock frozen (tests move it), with the
 * sample directory, and a logged-in client.
 */
abstract class EmulatorTestSupport {

    static final String UBL = "IN_DP_E1_UBL_INVOICE";
    static final String CII = "IN_DP_E1_CII_16B";

    @TempDir
    Path data;
    Emulator emulator;
    Client client;

    Emulator start(UnaryOperator<EmulatorConfig.Builder> tune) throws Exception {
        EmulatorConfig.Builder b = EmulatorConfig.builder(data.resolve("emulator")).port(0).speed(0)
                .structures(Samples.directory());
        emulator = Emulator.start(tune.apply(b).build());
        client = new Client(emulator.baseUrl());
        return emulator;
    }

    Emulator start() throws Exception {
        return start(b -> b);
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    /** Moves the virtual clock past integration (4 flux steps of 30 s). */
    void integrate() {
        emulator.clock().advance(Duration.ofMinutes(3));
    }

    /** Deposits, integrates and returns the detailed report. */
    JsonNode depositAndIntegrate(String name, String syntax, byte[] content) throws Exception {
        String flux = client.deposit(name, syntax, content).get("numeroFluxDepot").asText();
        integrate();
        return client.detailed(flux);
    }
}
