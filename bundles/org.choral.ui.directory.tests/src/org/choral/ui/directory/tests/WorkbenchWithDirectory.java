// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.tests;

import java.nio.file.Path;

import org.choral.ui.bot.WorkbenchBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real workbench, started for each test with the directory view on a data folder of the
 * test's own (never the user's), closed after it with the folder's store released.
 */
abstract class WorkbenchWithDirectory {

    @TempDir
    Path temp;
    WorkbenchBot workbench;
    DirectoryViewBot view;

    @BeforeEach
    void startWorkbench() throws Exception {
        WorkbenchBot.clearPersistedLayout();
        workbench = WorkbenchBot.start();
        view = new DirectoryViewBot(workbench);
        view.useDataFolder(dataFolder());
    }

    @AfterEach
    void closeWorkbench() throws Exception {
        if (workbench != null && workbench.isRunning()) {
            workbench.close();
        }
        DirectoryViewBot.release(dataFolder());
    }

    Path dataFolder() {
        return temp.resolve("data");
    }
}
