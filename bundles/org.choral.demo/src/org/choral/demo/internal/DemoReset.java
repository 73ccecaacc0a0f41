// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.choral.core.api.LockFiles;
import org.choral.demo.api.DemoException;
import org.choral.demo.internal.i18n.Messages;
import org.choral.emulator.Emulator;
import org.choral.settings.api.ChorusEnvironment;
import org.choral.settings.api.ChorusSettings;
import org.choral.settings.api.CompanySettings;
import org.eclipse.osgi.util.NLS;

/**
 * What {@code --reset} erases besides the demo's files: the deposits made in the demo (the deposit
 * history, their proofs, the flux files generated for them, the outbox) and the emulator's state, so
 * that the demo starts afresh. Only in a demonstration's own data folder, still set up as the demo
 * (its company, the local emulator), and used by no running workbench or emulator: anything else is
 * refused with what to do, before anything is erased.
 */
final class DemoReset {

    /**
     * The folders erased: the deposit history and everything kept beside it (named as the deposit and
     * folder-connector bundles name them), and the emulator's state.
     */
    static final List<String> ERASED = List.of("ledger", "proof", "flux", "outbox", Emulator.DATA_SUBFOLDER); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** The lock Equinox holds on the instance area of a running workbench. */
    private static final String WORKBENCH_LOCK = "workbench/.metadata/.lock"; //$NON-NLS-1$

    private DemoReset() {
    }

    /** Refuses, saying why and what to do, when {@code data} must not be erased. */
    static void check(Path data) throws DemoException {
        boolean demo = DemoFolders.isDemo(data) || Files.isDirectory(data.resolve(DemoFolders.FILES));
        if (!demo) {
            for (String name : ERASED) {
                if (Files.exists(data.resolve(name))) {
                    throw new DemoException(NLS.bind(Messages.Reset_notDemo, data, data.resolve(name)), null);
                }
            }
            return; // nothing of anyone's to erase
        }
        Properties settings = WorkbenchPreferences.read(data, DemoPreparer.SETTINGS_NODE);
        String siret = settings.getProperty("company." + CompanySettings.SIRET, "").trim(); //$NON-NLS-1$ //$NON-NLS-2$
        String environment = settings.getProperty("chorus." + ChorusSettings.ENVIRONMENT, "").trim(); //$NON-NLS-1$ //$NON-NLS-2$
        if (!siret.isEmpty() && !DemoSupplier.SIRET.equals(siret)
                || !environment.isEmpty() && !ChorusEnvironment.EMULATOR.name().equals(environment)) {
            throw new DemoException(NLS.bind(Messages.Reset_changed, new Object[] { data,
                    siret.isEmpty() ? "-" : siret, environment.isEmpty() ? "-" : environment }), null); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            if (workbenchOpen(data)) {
                throw new DemoException(NLS.bind(Messages.Reset_workbenchOpen, data), null);
            }
            if (Emulator.isRunning(data.resolve(Emulator.DATA_SUBFOLDER))) {
                throw new DemoException(NLS.bind(Messages.Reset_emulatorRunning, data), null);
            }
        } catch (IOException e) {
            throw new DemoException(NLS.bind(Messages.Demo_writeFailed, data, e.getMessage()), e);
        }
    }

    /**
     * Whether a workbench runs on {@code data}: this one (its instance area, never probed — closing a
     * probe would let go of its own lock), or another process holding the instance area's lock.
     */
    private static boolean workbenchOpen(Path data) throws IOException {
        if (WorkbenchPreferences.ownInstanceArea(data)) {
            return true;
        }
        return LockFiles.isLocked(data.resolve(WORKBENCH_LOCK));
    }
}
