// SPDX-License-Identifier: EPL-2.0
package org.choral.update.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.choral.core.api.command.CommandContext;
import org.choral.core.api.command.CommandException;
import org.choral.core.api.command.CommandVerb;
import org.choral.core.api.command.ExitCode;
import org.choral.update.api.AvailableUpdate;
import org.choral.update.api.UpdateException;
import org.choral.update.api.UpdatePlan;
import org.choral.update.api.UpdateService;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class UpdateVerbTest {

    private static final AvailableUpdate UI = new AvailableUpdate("org.choral.ui.feature.feature.group", //$NON-NLS-1$
            "Choral UI", "0.1.0 (build 1)", "0.1.0 (build 2)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Records what the verb asked; the p2 side is tested end to end by the integration tests. */
    private static final class RecordingService implements UpdateService {
        final List<AvailableUpdate> offered;
        final List<URI> checked = new ArrayList<>();
        int installs;

        RecordingService(List<AvailableUpdate> offered) {
            this.offered = offered;
        }

        @Override
        public UpdatePlan check(URI site, IProgressMonitor monitor) {
            checked.add(site);
            return new UpdatePlan(site, offered, null);
        }

        @Override
        public void install(UpdatePlan plan, IProgressMonitor monitor) {
            installs++;
        }
    }

    private CommandContext context(boolean json) {
        return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), json, data, Map.of());
    }

    @Test
    void checkListsUpdatesInstallsNothingAndExitsOneSoThatScriptsCanTell() throws CommandException {
        RecordingService service = new RecordingService(List.of(UI));
        int code = new UpdateVerb(service).run(context(false), List.of("--check", "--site", "file:/srv/site/")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(ExitCode.FINDINGS, code);
        assertEquals(0, service.installs);
        assertEquals(List.of(URI.create("file:/srv/site/")), service.checked); //$NON-NLS-1$
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Choral UI") && text.contains("0.1.0 (build 2)"), text); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void updateInstallsAndSaysToRestartInJson() throws Exception {
        RecordingService service = new RecordingService(List.of(UI));
        int code = new UpdateVerb(service).run(context(true), List.of("--site=file:/srv/site/")); //$NON-NLS-1$
        assertEquals(ExitCode.OK, code);
        assertEquals(1, service.installs);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("file:/srv/site/", json.get("site").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(json.get("upToDate").asBoolean()); //$NON-NLS-1$
        assertTrue(json.get("installed").asBoolean()); //$NON-NLS-1$
        assertTrue(json.get("restartRequired").asBoolean()); //$NON-NLS-1$
        JsonNode u = json.get("updates").get(0); //$NON-NLS-1$
        assertEquals(UI.id(), u.get("id").asText()); //$NON-NLS-1$
        assertEquals(UI.installedVersion(), u.get("installedVersion").asText()); //$NON-NLS-1$
        assertEquals(UI.newVersion(), u.get("newVersion").asText()); //$NON-NLS-1$
    }

    @Test
    void upToDateExitsZeroWithoutInstalling() throws CommandException {
        RecordingService service = new RecordingService(List.of());
        assertEquals(ExitCode.OK, new UpdateVerb(service).run(context(false), List.of("--site", "https://a.example/s/"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, service.installs);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("https://a.example/s/")); //$NON-NLS-1$
    }

    @Test
    void badSiteAndStrayArgumentsAreUsageErrors() {
        UpdateVerb verb = new UpdateVerb(new RecordingService(List.of()));
        CommandException bad = assertThrows(CommandException.class,
                () -> verb.run(context(false), List.of("--site", "not a url"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ExitCode.USAGE, bad.exitCode());
        CommandException stray = assertThrows(CommandException.class, () -> verb.run(context(false), List.of("now"))); //$NON-NLS-1$
        assertEquals(ExitCode.USAGE, stray.exitCode());
        assertTrue(stray.getMessage().contains("now"), stray.getMessage()); //$NON-NLS-1$
    }

    @Test
    void failuresMapToTheSharedExitCodes() {
        assertEquals(ExitCode.PORTAL, UpdateVerb.exitCode(UpdateException.Kind.SITE_UNREACHABLE));
        assertEquals(ExitCode.FINDINGS, UpdateVerb.exitCode(UpdateException.Kind.FAILED));
        assertEquals(ExitCode.USAGE, UpdateVerb.exitCode(UpdateException.Kind.NOT_UPDATABLE));
    }

    @Test
    void serviceAndVerbAreRegisteredByDeclarativeServices() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(UpdateVerb.class).getBundleContext();
        ServiceTracker<UpdateService, UpdateService> service = new ServiceTracker<>(context, UpdateService.class, null);
        ServiceTracker<CommandVerb, CommandVerb> verbs = new ServiceTracker<>(context, CommandVerb.class, null);
        service.open();
        verbs.open();
        try {
            assertNotNull(service.waitForService(10_000));
            assertNotNull(verbs.waitForService(10_000));
            assertTrue(verbs.getTracked().values().stream().anyMatch(v -> "update".equals(v.name()))); //$NON-NLS-1$
        } finally {
            service.close();
            verbs.close();
        }
    }

    @Test
    void anInstallationWithoutP2ProfileSaysItCannotUpdate() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(UpdateVerb.class).getBundleContext();
        ServiceTracker<UpdateService, UpdateService> tracker = new ServiceTracker<>(context, UpdateService.class, null);
        tracker.open();
        try {
            UpdateService real = tracker.waitForService(10_000);
            // The test runtime has p2 but no eclipse.p2.data.area: like a copy started from an IDE.
            UpdateException e = assertThrows(UpdateException.class,
                    () -> real.check(URI.create("file:/nowhere/"), new NullProgressMonitor())); //$NON-NLS-1$
            assertEquals(UpdateException.Kind.NOT_UPDATABLE, e.kind());
        } finally {
            tracker.close();
        }
    }
}
