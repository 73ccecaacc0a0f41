// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.choral.core.api.flux.FluxSettings;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.SupplierProvider;
import org.choral.core.api.flux.Thresholds;
import org.choral.settings.api.FieldProblem;
import org.choral.settings.api.GenerationSettings;
import org.choral.settings.api.GenerationValidator;
import org.choral.settings.api.SettingsException;
import org.choral.settings.api.SettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** « Flux » settings: saved, read back by the wizard's and the command line's seams, refused when wrong. */
class GenerationSettingsTest {

    @AfterEach
    void backToDefaults() throws Exception {
        StoredPortalSettingsTest.service(SettingsService.class).save(GenerationSettings.defaults());
    }

    @Test
    void savedThresholdsAndPlacementAreReadBackByTheWizardsAndTheCommandLinesSeams() throws Exception {
        SettingsService settings = StoredPortalSettingsTest.service(SettingsService.class);
        settings.save(GenerationSettings.defaults());
        assertEquals(Thresholds.DEFAULTS, StoredPortalSettingsTest.service(FluxSettings.class).thresholds());

        settings.save(new GenerationSettings(40, 120, FrameworkPlacement.BT_24));
        assertEquals(new GenerationSettings(40, 120, FrameworkPlacement.BT_24), settings.generation());
        FluxSettings wizard = StoredPortalSettingsTest.service(FluxSettings.class);
        assertEquals(new Thresholds(40L * 1024 * 1024, 120), wizard.thresholds());
        assertEquals(FrameworkPlacement.BT_24, wizard.frameworkPlacement());
        // the workbench's own command line (instance area set) reads the same values
        SupplierProvider commandLine = StoredPortalSettingsTest.service(SupplierProvider.class);
        assertEquals(Thresholds.ofMegabytes(40, 120), commandLine.thresholds(Path.of("unused")));
        assertEquals(FrameworkPlacement.BT_24, commandLine.frameworkPlacement(Path.of("unused")));
    }

    @Test
    void thresholdsThatAreNotPositiveAreRefusedInFrenchAndNothingIsWritten() throws Exception {
        SettingsService settings = StoredPortalSettingsTest.service(SettingsService.class);
        settings.save(new GenerationSettings(50, 200, FrameworkPlacement.BT_23));
        SettingsException e = assertThrows(SettingsException.class,
                () -> settings.save(new GenerationSettings(0, 200_000, FrameworkPlacement.BT_24)));
        assertEquals(List.of(GenerationSettings.MAX_MEGABYTES, GenerationSettings.MAX_INVOICES),
                e.problems().stream().map(FieldProblem::field).toList());
        assertTrue(e.getMessage().contains("Le seuil de taille d’un lot doit être un nombre entier de mégaoctets"),
                e.getMessage());
        assertTrue(e.problems().get(1).message().contains("entre 1 et " + GenerationValidator.MAX_INVOICES),
                e.problems().get(1).message());
        assertEquals(new GenerationSettings(50, 200, FrameworkPlacement.BT_23), settings.generation());
    }

    @Test
    void theCommandLineReadsTheWorkbenchFileOfItsDataFolderAndIgnoresWhatItCannotRead(@TempDir Path data)
            throws Exception {
        SettingsService settings = StoredPortalSettingsTest.service(SettingsService.class);
        settings.save(new GenerationSettings(1, 1, FrameworkPlacement.BT_24));
        StoredPortalSettings commandLine = new StoredPortalSettings(new SavedSettings(settings, () -> false));
        assertEquals(Thresholds.DEFAULTS, commandLine.thresholds(data), "nothing saved there: the defaults");
        assertEquals(FrameworkPlacement.BT_23, commandLine.frameworkPlacement(data));

        write(data, "7", "3", "BT_24");
        assertEquals(Thresholds.ofMegabytes(7, 3), commandLine.thresholds(data));
        assertEquals(FrameworkPlacement.BT_24, commandLine.frameworkPlacement(data));

        write(data, "beaucoup", "-4", "BT-99");
        assertEquals(Thresholds.DEFAULTS, commandLine.thresholds(data), "a hand-edited file cannot break generation");
        assertEquals(FrameworkPlacement.BT_23, commandLine.frameworkPlacement(data));
    }

    private static void write(Path data, String megabytes, String invoices, String placement) throws Exception {
        Properties p = new Properties();
        p.setProperty("flux.maxMegabytes", megabytes);
        p.setProperty("flux.maxInvoices", invoices);
        p.setProperty("flux.frameworkPlacement", placement);
        Path file = data.resolve(SavedSettings.WORKBENCH_FILE);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, null);
        }
    }
}
