// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.ExitCode;
import org.choral.core.api.deposit.DepositRequest;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalSettings;
import org.choral.deposit.internal.DepositTestSupport;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code choral status --refresh} against the emulator right after a deposit: it asks the portal
 * now, while {@code --refresh --due} (scheduled runs) waits for the back-off.
 */
class StatusVerbTest extends DepositTestSupport {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private StatusVerb verb() throws Exception {
        StatusVerb verb = new StatusVerb();
        verb.addFactory(service(PortalConnectorFactory.class, "chorus"));
        verb.setDeposits(deposits);
        verb.setFollowUp(deposits);
        return verb;
    }

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
        Map<String, String> env = new HashMap<>();
        env.put(PortalSettings.ENV_CLIENT_ID, "client");
        env.put(PortalSettings.ENV_CLIENT_SECRET, "secret");
        env.put(PortalSettings.ENV_LOGIN, "login");
        env.put(PortalSettings.ENV_PASSWORD, "password");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--api-url", emulator.baseUrl().toString(), "--token-url", emulator.tokenUrl().toString()));
        return verb().run(new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, data, env), all);
    }

    private JsonNode json(String... args) throws Exception {
        run(args);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode invoice(JsonNode root, String number) {
        for (JsonNode i : root.get("invoices")) {
            if (number.equals(i.get("number").asText())) {
                return i;
            }
        }
        throw new AssertionError(number + " not in " + root);
    }

    @Test
    void refreshAsksThePortalNowRightAfterADepositAndDueWaitsForTheBackOff() throws Exception {
        start(b -> b);
        try (PortalConnector portal = connect()) {
            deposits.deposit(data, portal, new DepositRequest(FluxMode.LOT, List.of(lot("a", "G-1", "BAD-1")),
                    Duration.ZERO, true, true, false), row -> { }, new NullProgressMonitor());
        }
        emulator.clock().advance(Duration.ofMinutes(5)); // integrated on the portal, seconds after the deposit here

        JsonNode due = json("--refresh", "--due", "--json");
        assertEquals(0, due.get("fluxesChecked").asInt(), due.toString());
        assertTrue(invoice(due, "G-1").get("portalStatus").isNull());

        JsonNode now = json("--refresh", "--json");
        assertEquals(1, now.get("fluxesChecked").asInt(), now.toString());
        assertEquals(1, now.get("invoicesChecked").asInt());
        assertEquals("DEPOSEE", invoice(now, "G-1").get("portalStatus").asText());
        assertEquals("rejected_in_flux", invoice(now, "BAD-1").get("flag").asText());
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)).toString(), now.get("nextCheck").asText());

        emulator.clock().advance(Duration.ofHours(2)); // DEPOSEE, EN_COURS_ACHEMINEMENT, MISE_A_DISPOSITION: one an hour
        int code = run("--refresh");
        assertEquals(ExitCode.FINDINGS, code, "BAD-1 needs the user");
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("G-1\t") && l.contains("\tMISE_A_DISPOSITION\t")), text);
        assertTrue(text.contains("Portail interrogé : 0 flux, 1 facture(s) ; prochaine vérification le "), text);
    }

    @Test
    void dueWithoutRefreshIsAUsageError() throws Exception {
        start(b -> b);
        CommandException e = assertThrows(CommandException.class, () -> run("--due"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("--refresh"), e.getMessage());
    }
}
