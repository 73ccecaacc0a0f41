// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.choral.core.api.directory.DirectoryImportException;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.demo.api.DemoException;
import org.choral.demo.api.DemoReport;
import org.choral.demo.api.DemoService;
import org.choral.demo.internal.i18n.Messages;
import org.choral.emulator.Emulator;
import org.choral.settings.api.ChorusEnvironment;
import org.choral.settings.api.ChorusSettings;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Prepares the demo: files first (written beside, moved in when complete), then the directory
 * import, the emulator's profile, the workbench's preferences (supplier, Chorus Pro environment, the
 * control view's last files), and the marker last, so that a demo stopped half-way is simply
 * prepared again.
 */
@Component(service = DemoService.class)
public final class DemoPreparer implements DemoService {

    static final String SETTINGS_NODE = "org.choral.settings"; //$NON-NLS-1$
    static final String CONTROL_NODE = "org.choral.ui.control"; //$NON-NLS-1$
    static final String CONTROL_INVOICES = "control.invoices"; //$NON-NLS-1$
    /** Virtual seconds per real second: a flux is final in two seconds, invoice statuses move every minute. */
    static final double SPEED = 60;
    /** Shares of accepted invoices that end suspended, rejected, to recycle. */
    static final String OUTCOMES = "0.1,0.1,0.05"; //$NON-NLS-1$
    /** A short pause between two calls: the emulator is local. */
    static final int PAUSE_MILLIS = 200;
    static final String DEMO_ACCOUNT = "choral-demo"; //$NON-NLS-1$

    private volatile DirectoryServices directories;
    private final Clock clock;

    public DemoPreparer() {
        this(Clock.systemDefaultZone());
    }

    /** For tests: the day invoices are dated from. */
    public DemoPreparer(Clock clock) {
        this.clock = clock;
    }

    @Reference
    public void setDirectories(DirectoryServices directories) {
        this.directories = directories;
    }

    @Override
    public Path demoDataFolder(Path dataFolder) {
        Path data = dataFolder.toAbsolutePath().normalize();
        try {
            if (DemoFolders.isDemo(data) || DemoFolders.isFree(data, directoryEmpty(data))) {
                return data;
            }
        } catch (IOException e) {
            // unreadable: treated as the user's, the demo goes beside it
        }
        return data.resolve(DemoFolders.SUBFOLDER);
    }

    private boolean directoryEmpty(Path data) {
        if (!Files.isDirectory(data.resolve("directory"))) { //$NON-NLS-1$
            return true;
        }
        try {
            return directories.open(data).status().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public DemoReport prepare(Path dataFolder, boolean reset, IProgressMonitor monitor) throws DemoException {
        SubMonitor sub = SubMonitor.convert(monitor, Messages.Demo_task, 10);
        Path data = demoDataFolder(dataFolder);
        Path files = data.resolve(DemoFolders.FILES);
        DemoDirectory directory = new DemoDirectory();
        DemoInvoices invoices = new DemoInvoices(directory.recipients(), LocalDate.now(clock));
        if (DemoFolders.isDemo(data) && !reset) {
            try {
                // the workbench's area may have been reset since (or never written): it opens on the sample again
                if (WorkbenchPreferences.get(data, CONTROL_NODE, CONTROL_INVOICES).isEmpty()) {
                    writeControlFiles(data, files);
                }
            } catch (IOException e) {
                throw new DemoException(NLS.bind(Messages.Demo_writeFailed, data, e.getMessage()), e);
            }
            return report(data, false, directory, invoices);
        }
        if (reset) {
            DemoReset.check(data);
        }
        try {
            Files.createDirectories(data);
            if (reset) {
                delete(files);
                for (String name : DemoReset.ERASED) {
                    delete(data.resolve(name)); // the last demo's deposits, proofs and emulator state
                }
            }
            sub.subTask(Messages.Demo_files);
            writeFiles(data, directory, invoices, sub.split(4));
            sub.subTask(Messages.Demo_directory);
            importDirectory(data, files, sub.split(4));
            sub.subTask(Messages.Demo_settings);
            // the profile before the settings: choosing « Émulateur local » starts the workbench's emulator, which reads it
            writeEmulatorProfile(data);
            writePreferences(data, files);
            writeMarker(files);
            sub.split(2);
        } catch (IOException | UncheckedIOException e) {
            throw new DemoException(NLS.bind(Messages.Demo_writeFailed, data, e.getMessage()), e);
        }
        return report(data, true, directory, invoices);
    }

    private static void writeFiles(Path data, DemoDirectory directory, DemoInvoices invoices, IProgressMonitor monitor)
            throws IOException {
        SubMonitor sub = SubMonitor.convert(monitor, invoices.invoices().size() + 2);
        Path tmp = data.resolve(DemoFolders.FILES + ".tmp"); //$NON-NLS-1$
        delete(tmp);
        Path annuaire = Files.createDirectories(tmp.resolve("annuaire")); //$NON-NLS-1$
        directory.write(annuaire.resolve("Structures.csv"), annuaire.resolve("Services.csv")); //$NON-NLS-1$ //$NON-NLS-2$
        sub.split(1);
        Path factures = Files.createDirectories(tmp.resolve("factures")); //$NON-NLS-1$
        Path pdf = Files.createDirectories(factures.resolve("pdf")); //$NON-NLS-1$
        invoices.writeExport(factures.resolve("export-erp.csv"), "pdf"); //$NON-NLS-1$ //$NON-NLS-2$
        for (DemoInvoice i : invoices.invoices()) {
            if (i.withPdf() && !Files.exists(pdf.resolve(i.pdfName()))) {
                InvoicePdf.write(i, DemoSupplier.COMPANY, pdf.resolve(i.pdfName()));
            }
            sub.split(1);
        }
        DemoSupplier.writeFluxFile(tmp.resolve("fournisseur.properties")); //$NON-NLS-1$
        Path files = data.resolve(DemoFolders.FILES);
        delete(files);
        Files.move(tmp, files, StandardCopyOption.ATOMIC_MOVE);
    }

    private void importDirectory(Path data, Path files, IProgressMonitor monitor) throws DemoException, IOException {
        DirectoryService service = directories.open(data);
        try {
            service.importFiles(List.of(structures(files), services(files)), monitor);
        } catch (DirectoryImportException e) {
            throw new DemoException(NLS.bind(Messages.Demo_importFailed, structures(files), e.getMessage()), e);
        } catch (OperationCanceledException e) {
            throw e;
        }
    }

    private static void writePreferences(Path data, Path files) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>(DemoSupplier.preferences());
        ChorusSettings chorus = new ChorusSettings(ChorusEnvironment.EMULATOR, "", "", DEMO_ACCOUNT, "", DEMO_ACCOUNT, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "", PAUSE_MILLIS, null); //$NON-NLS-1$
        settings.put("chorus." + ChorusSettings.ENVIRONMENT, chorus.environment().name()); //$NON-NLS-1$
        settings.put("chorus." + ChorusSettings.API_URL, chorus.apiUrl()); //$NON-NLS-1$
        settings.put("chorus." + ChorusSettings.TOKEN_URL, chorus.tokenUrl()); //$NON-NLS-1$
        settings.put("chorus." + ChorusSettings.CLIENT_ID, chorus.clientId()); //$NON-NLS-1$
        settings.put("chorus." + ChorusSettings.LOGIN, chorus.login()); //$NON-NLS-1$
        settings.put("chorus." + ChorusSettings.PAUSE, Integer.toString(chorus.pauseMillis())); //$NON-NLS-1$
        WorkbenchPreferences.put(data, SETTINGS_NODE, settings);
        writeControlFiles(data, files);
    }

    /** The control view's « last files »: the workbench opens on the sample export. */
    private static void writeControlFiles(Path data, Path files) throws IOException {
        WorkbenchPreferences.put(data, CONTROL_NODE, Map.of(CONTROL_INVOICES, export(files).toString(),
                "control.pdfFolder", pdfFolder(files).toString())); //$NON-NLS-1$
    }

    /**
     * The emulator's profile, {@code DATA/emulator/profile.properties}: what {@code choral emulator}
     * and the workbench's in-process emulator start with when not told otherwise.
     */
    private static void writeEmulatorProfile(Path data) throws IOException {
        Path folder = Files.createDirectories(data.resolve(Emulator.DATA_SUBFOLDER));
        Properties p = new Properties();
        Path files = data.resolve(DemoFolders.FILES);
        p.setProperty("directory.1", data.relativize(structures(files)).toString().replace('\\', '/')); //$NON-NLS-1$
        p.setProperty("directory.2", data.relativize(services(files)).toString().replace('\\', '/')); //$NON-NLS-1$
        p.setProperty("speed", Double.toString(SPEED)); //$NON-NLS-1$
        p.setProperty("seed", Long.toString(DemoDirectory.SEED)); //$NON-NLS-1$
        p.setProperty("outcomes", OUTCOMES); //$NON-NLS-1$
        p.setProperty("supplier", DemoSupplier.SIRET); //$NON-NLS-1$
        store(p, folder.resolve("profile.properties")); //$NON-NLS-1$
    }

    private void writeMarker(Path files) throws IOException {
        Properties p = new Properties();
        p.setProperty("seed", Long.toString(DemoDirectory.SEED)); //$NON-NLS-1$
        p.setProperty("preparedOn", LocalDate.now(clock).toString()); //$NON-NLS-1$
        store(p, files.resolve(DemoFolders.MARKER));
    }

    private static void store(Properties p, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp"); //$NON-NLS-1$
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, null);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static DemoReport report(Path data, boolean created, DemoDirectory directory, DemoInvoices invoices) {
        Path files = data.resolve(DemoFolders.FILES);
        return new DemoReport(data, export(files), pdfFolder(files), structures(files), services(files),
                files.resolve("fournisseur.properties"), created, directory.structureCount(), directory.serviceCount(), //$NON-NLS-1$
                invoices.invoices().size(), DemoSupplier.SIRET, SPEED);
    }

    static Path export(Path files) {
        return files.resolve("factures").resolve("export-erp.csv"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static Path pdfFolder(Path files) {
        return files.resolve("factures").resolve("pdf"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static Path structures(Path files) {
        return files.resolve("annuaire").resolve("Structures.csv"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static Path services(Path files) {
        return files.resolve("annuaire").resolve("Services.csv"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Deletes a folder the demo wrote (never anything outside it). */
    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
