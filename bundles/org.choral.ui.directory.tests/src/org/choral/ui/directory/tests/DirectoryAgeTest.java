// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.choral.directory.testdata.DirectoryGenerator;
import org.choral.ui.bot.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The view says how old the directory is and warns past 31 days. The view's clock is set ahead
 * of the import ({@code DirectoryView.CLOCK}), as if the workbench were used weeks later.
 */
class DirectoryAgeTest extends WorkbenchWithDirectory {

    private Path file;

    @BeforeEach
    void writeFile() throws Exception {
        file = temp.resolve("annuaire.xlsx");
        new DirectoryGenerator(40, 20, 5).writeXlsx(file);
    }

    /** Imports the file through the view, closes the summary, and returns the status it then shows. */
    private String importAndReadStatus() {
        view.importFiles(List.of(file));
        view.summary().close();
        return view.waitForStatus("Annuaire « annuaire.xlsx » importé le");
    }

    @Test
    void aDirectoryImportedFortyDaysAgoIsSaidTooOld() {
        view.useClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(40)));
        String status = importAndReadStatus();
        assertTrue(status.endsWith("40 structures, 20 services. Importé il y a 40 jour(s)."), status);
        view.bot().waitUntil(Condition.of("warning shown", () -> !view.text("directory.stale").isEmpty()));
        assertEquals("Cet annuaire a plus de 31 jours (40 jours) : importez la dernière version"
                + " (Annuaire › Importer l’annuaire…).", view.text("directory.stale"));
    }

    @Test
    void aDirectoryImportedTodayIsNotWarnedAbout() {
        String status = importAndReadStatus();
        assertTrue(status.endsWith("Importé aujourd’hui."), status);
        assertEquals("", view.text("directory.stale"));
    }

    @Test
    void aDirectoryImportedThirtyDaysAgoIsNotWarnedAboutYet() {
        view.useClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(30)));
        String status = importAndReadStatus();
        assertTrue(status.endsWith("Importé il y a 30 jour(s)."), status);
        assertEquals("", view.text("directory.stale"));
    }
}
