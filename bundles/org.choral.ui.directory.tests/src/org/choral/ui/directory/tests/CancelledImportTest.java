// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.choral.core.api.directory.Structure;
import org.choral.directory.testdata.DirectoryGenerator;
import org.choral.ui.bot.Bot;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;

/**
 * « Annuler » in the status bar stops « Importer l'annuaire… » while it reads the file: the
 * directory imported before stays, usable, and nothing of the cancelled file shows.
 */
class CancelledImportTest extends WorkbenchWithDirectory {

    @Test
    void cancellingFromTheStatusBarKeepsThePreviousDirectory() throws Exception {
        DirectoryGenerator small = new DirectoryGenerator(200, 100, 3);
        // large enough that reading it takes seconds: « Annuler » lands while rows are read
        DirectoryGenerator large = new DirectoryGenerator(150_000, 60_000, 4);
        Path first = temp.resolve("petit.xlsx");
        Path second = temp.resolve("grand.xlsx");
        small.writeXlsx(first);
        large.writeXlsx(second);
        view.importFiles(List.of(first));
        view.summary().close();
        view.waitForStatus("Annuaire « petit.xlsx »");

        CompletableFuture<IStatus> cancelled = DirectoryViewBot.nextImportResult();
        view.importFiles(List.of(second));
        view.cancelImportFromStatusBar(5);
        assertEquals(IStatus.CANCEL, cancelled.get(Bot.TIMEOUT_MS, TimeUnit.MILLISECONDS).getSeverity(),
                "the import was still reading when « Annuler » was clicked");

        Structure kept = small.structure(120);
        view.typeSearch(kept.siret());
        view.waitForCard(kept.name());
        String onlyInLarge = large.siret(140_000);
        view.typeSearch(onlyInLarge);
        view.waitForMessage("Le SIRET " + onlyInLarge + " n’est pas dans l’annuaire.");
        assertTrue(view.text("directory.status").startsWith("Annuaire « petit.xlsx »"),
                view.text("directory.status"));
    }
}
