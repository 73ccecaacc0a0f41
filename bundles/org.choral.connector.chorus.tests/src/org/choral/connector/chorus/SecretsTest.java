// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.choral.connector.chorus.internal.ChorusConnector;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.InvoiceCriteria;
import org.choral.core.api.portal.PortalException;
import org.choral.emulator.Fault;
import org.choral.emulator.FaultKind;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Runs every operation, a token renewal and failed logins with known secrets, capturing the
 * connector's log (every level) and the process's standard streams: no secret, no Authorization
 * or cpro-account value and no file content may appear, nor in an error message.
 */
class SecretsTest extends ChorusTestSupport {

    @Test
    void noSecretAndNoFileContentReachTheLogs() throws Exception {
        start(b -> b.fault(Fault.on("recuperer/structures/actives/fournisseur", FaultKind.TOKEN_EXPIRED, 2)));
        List<String> messages = new ArrayList<>();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        Flux flux = flux("S-1");
        try {
            ChorusConnector c = connect();
            c.checkCredentials();
            c.supplierStructures();
            String number = c.deposit(flux).fluxNumber();
            integrate();
            c.fluxReport(number);
            String id = c.findInvoices(InvoiceCriteria.ofFlux(number), new NullProgressMonitor()).get(0).id();
            c.invoiceHistory(id);
            c.lookupStructure(Invoices.WITH_SERVICE, new NullProgressMonitor());
            c.downloadDirectory(data.resolve("dl"), new NullProgressMonitor());
            ChorusConnector wrongPassword = connect(settings().withCredentials(CLIENT_ID, CLIENT_SECRET, LOGIN,
                    PASSWORD + "-old"), fast(), Clock.systemUTC());
            messages.add(assertThrows(PortalException.class, wrongPassword::checkCredentials).getMessage());
            ChorusConnector wrongSecret = connect(settings().withCredentials(CLIENT_ID, CLIENT_SECRET + "-old", LOGIN,
                    PASSWORD), fast(), Clock.systemUTC());
            messages.add(assertThrows(PortalException.class, wrongSecret::checkCredentials).getMessage());
            messages.add(settings().toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        List<String> everything = new ArrayList<>(logLines());
        everything.add(console.toString(StandardCharsets.UTF_8));
        everything.addAll(messages);
        assertTrue(logLines().size() > 10, "the connector did log its calls: " + logLines());
        String account = Base64.getEncoder().encodeToString((LOGIN + ':' + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String content = Base64.getEncoder().encodeToString(Files.readAllBytes(flux.file()));
        for (String forbidden : List.of(CLIENT_SECRET, PASSWORD, account, Invoices.CONTENT_MARKER,
                content.substring(0, 40), "Bearer ", "cpro-account:")) {
            for (String line : everything) {
                assertFalse(line.contains(forbidden), () -> "« " + forbidden + " » leaked in: " + line);
            }
        }
    }
}
