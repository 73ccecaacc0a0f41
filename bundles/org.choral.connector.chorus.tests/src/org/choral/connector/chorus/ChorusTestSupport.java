// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.choral.connector.chorus.internal.ChorusConnector;
import org.choral.connector.chorus.internal.ChorusConnectorFactory;
import org.choral.connector.chorus.internal.Tuning;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.PortalSettings;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.SubstituteLoggingEvent;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.SubstituteLogger;

/**
 * An emulator per test (strict credentials, frozen virtual clock), connectors that record their log
 * lines and their waits instead of sleeping.
 */
abstract class ChorusTestSupport {

    static final String CLIENT_ID = "choral-test-client";
    static final String CLIENT_SECRET = "Cl13nt-S3cret-Value-91";
    static final String LOGIN = "tech-login@choral";
    static final String PASSWORD = "T3ch-P@ssw0rd-77";
    static final String DEPOSIT = "/cpro/factures/v1/deposer/flux";
    static final String TOKEN = "/api/oauth/token";

    @TempDir
    Path data;
    Emulator emulator;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final Queue<SubstituteLoggingEvent> events = new ConcurrentLinkedQueue<>();
    private final List<ChorusConnector> opened = new ArrayList<>();
    private int fluxes;

    Emulator start(UnaryOperator<EmulatorConfig.Builder> tune) throws Exception {
        emulator = Emulator.start(tune.apply(strict(EmulatorConfig.builder(data.resolve("emulator")))).build());
        return emulator;
    }

    static EmulatorConfig.Builder strict(EmulatorConfig.Builder b) {
        return b.port(0).speed(0).structures(Invoices.directory()).client(CLIENT_ID, CLIENT_SECRET)
                .account(LOGIN, PASSWORD).supplier(Invoices.SUPPLIER);
    }

    Emulator start() throws Exception {
        return start(b -> b);
    }

    @AfterEach
    void stopAll() {
        opened.forEach(ChorusConnector::close);
        if (emulator != null) {
            emulator.close();
        }
    }

    PortalSettings settings() {
        return PortalSettings.defaults().withUrls(emulator.baseUrl(), emulator.tokenUrl())
                .withCredentials(CLIENT_ID, CLIENT_SECRET, LOGIN, PASSWORD);
    }

    static Tuning fast() {
        return Tuning.DEFAULT.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    ChorusConnector connect() {
        return connect(settings(), fast(), Clock.systemUTC());
    }

    ChorusConnector connect(PortalSettings settings, Tuning tuning, Clock clock) {
        ChorusConnector c = ChorusConnectorFactory.create(settings, tuning,
                new SubstituteLogger("org.choral.connector.chorus", events, false), clock, sleeps::add);
        opened.add(c);
        return c;
    }

    Flux flux(String... numbers) throws Exception {
        Path folder = Files.createDirectories(data.resolve("flux-" + ++fluxes));
        return Invoices.flux(folder, List.of(numbers));
    }

    /** Lets the emulator integrate what was deposited (flux steps of 30 virtual seconds). */
    void integrate() {
        emulator.clock().advance(Duration.ofMinutes(3));
    }

    int calls(String path) {
        return emulator.faults().calls(path);
    }

    /** Every recorded log line, formatted, with its exception. */
    List<String> logLines() {
        List<String> lines = new ArrayList<>();
        for (SubstituteLoggingEvent e : events) {
            String line = MessageFormatter.arrayFormat(e.getMessage(), e.getArgumentArray()).getMessage();
            lines.add(e.getLevel() + " " + line + (e.getThrowable() == null ? "" : " " + e.getThrowable()));
        }
        return lines;
    }
}
