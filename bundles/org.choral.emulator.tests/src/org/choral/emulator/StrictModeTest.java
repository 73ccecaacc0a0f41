// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Strict mode: only the configured application and technical account get in. */
class StrictModeTest extends EmulatorTestSupport {

    private static String account(String login, String password) {
        return Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyConfiguredCredentialsPass() throws Exception {
        start(b -> b.client("choral", "s3cret").account("TECH_01@cpro.fr", "Passw0rd!"));
        assertEquals(401, client.tokenRequest("grant_type=client_credentials&client_id=choral&client_secret=wrong").status());
        assertEquals(401, client.tokenRequest("grant_type=client_credentials&client_id=other&client_secret=s3cret").status());
        client.token = client.tokenRequest("grant_type=client_credentials&client_id=choral&client_secret=s3cret")
                .json().get("access_token").asText();
        client.account = account("TECH_01@cpro.fr", "nope");
        Client.Answer badPassword = client.post("/cpro/structures/v1/rechercher", Client.JSON.createObjectNode());
        assertEquals(401, badPassword.status());
        assertTrue(badPassword.header("WWW-Authenticate").contains("password_invalid"));
        client.account = account("someone", "Passw0rd!");
        assertTrue(client.post("/cpro/structures/v1/rechercher", Client.JSON.createObjectNode())
                .header("WWW-Authenticate").contains("account_unknown"));
        client.account = account("TECH_01@cpro.fr", "Passw0rd!");
        assertEquals(200, client.post("/cpro/structures/v1/rechercher", Client.JSON.createObjectNode()).status());
    }
}
