// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The emulator counts the TCP connections it accepts: the deposit benchmark checks reuse with it. */
class ConnectionsTest extends EmulatorTestSupport {

    private static final String SEARCH = "/cpro/structures/v1/rechercher";

    @Test
    void aKeptAliveClientOpensOneConnectionAndEachNewClientItsOwn() throws Exception {
        start();
        client.login();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, client.post(SEARCH, Client.JSON.createObjectNode()).status());
        }
        assertEquals(1, emulator.connectionsAccepted(), "21 calls on one kept-alive connection");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, new Client(emulator.baseUrl()).tokenRequest(
                    "grant_type=client_credentials&client_id=a&client_secret=b").status());
        }
        assertEquals(4, emulator.connectionsAccepted(), "a new client, a new connection");
        assertEquals(24, emulator.faults().totalCalls());
    }
}
