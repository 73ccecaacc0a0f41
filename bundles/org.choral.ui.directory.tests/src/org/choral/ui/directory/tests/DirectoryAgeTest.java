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
import org.choral.ui.bot.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view says how old the directory is and warns past 31 days. The view's clock is set ahead
 * of the import ({@code DirectoryView.CLOCK}), as if the workbench were used weeks later.
 */
class DirectoryAgeTest {

    @TempDir
    Path temp;
    private WorkbenchBot workbench;
    private DirectoryViewBot view;
    private Path file;

    @BeforeEach
    void start() throws Exception {
        WorkbenchBot.clearPersistedLayout();
        workbench = WorkbenchBot.start();
        view = new DirectoryViewBot(workbench);
        view.useDataFolder(temp.resolve("data"));
        file = temp.resolve("annuaire.xlsx");
        new DirectoryGenerator(40, 20, 5).writeXlsx(file);
    }

    @AfterEach
    void stop() throws Exception {
        if (workbench != null && workbench.isRunning()) {
            workbench.close();
        }
        DirectoryViewBot.release(temp.resolve("data"));
    }

    @Test
    void aDirectoryImportedFortyDaysAgoIsSaidTooOld() {
        view.useClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(40)));
        view.importFiles(List.of(file));
        view.summary().close();
        String status = view.waitForStatus("Annuaire « annuaire.xlsx » importé le");
        assertTrue(status.endsWith("40 structures, 20 services. Importé il y a 40 jour(s)."), status);
        view.bot().waitUntil(Condition.of("warning shown", () -> !view.text("directory.stale").isEmpty()));
        assertEquals("Cet annuaire a plus de 31 jours (40 jours) : importez la dernière version"
                + " (Annuaire › Importer l’annuaire…).", view.text("directory.stale"));
    }

    @Test
    void aDirectoryImportedTodayIsNotWarnedAbout() {
        view.importFiles(List.of(file));
        view.summary().close();
        String status = view.waitForStatus("Annuaire « annuaire.xlsx » importé le");
        assertTrue(status.endsWith("Importé aujourd’hui."), status);
        assertEquals("", view.text("directory.stale"));
    }

    @Test
    void aDirectoryImportedThirtyDaysAgoIsNotWarnedAboutYet() {
        view.useClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(30)));
        view.importFiles(List.of(file));
        view.summary().close();
        String status = view.waitForStatus("Annuaire « annuaire.xlsx » importé le");
        assertTrue(status.endsWith("Importé il y a 30 jour(s)."), status);
        assertEquals("", view.text("directory.stale"));
    }
}
