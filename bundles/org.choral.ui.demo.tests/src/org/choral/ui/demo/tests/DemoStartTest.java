// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.demo.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.choral.core.api.DataFolders;
import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.choral.ui.bot.WorkbenchBot;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench started in demo mode ({@code CHORAL_DEMO=1}, set with the data folder by this
 * module's pom) prepares the demo and opens « Contrôle des factures » with both lists filled.
 */
class DemoStartTest {

    private WorkbenchBot workbench;

    @AfterEach
    void tearDown() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void demoStartLoadsTheSampleExportIntoTheControlView() {
        workbench = WorkbenchBot.start();
        Bot bot = workbench.bot();
        Table compliant = bot.widgetWithId(Table.class, "control.compliant"); //$NON-NLS-1$
        Table anomalies = bot.widgetWithId(Table.class, "control.anomalies"); //$NON-NLS-1$
        try {
            bot.waitUntil(Condition.of("both lists of the control view filled", //$NON-NLS-1$
                    () -> compliant.getItemCount() > 0 && anomalies.getItemCount() > 0), 60_000);
        } catch (RuntimeException e) {
            // say what the view shows instead (its messages name the file and the problem)
            String shown = bot.syncExec(() -> bot.text(bot.widgetWithId(Label.class, "control.info")) + " | " //$NON-NLS-1$ //$NON-NLS-2$
                    + bot.text(bot.widgetWithId(Label.class, "control.message"))); //$NON-NLS-1$
            throw new AssertionError(shown, e);
        }
        Path data = DataFolders.defaultFolder();
        assertTrue(Files.isRegularFile(data.resolve("demonstration/demonstration.properties")), data.toString()); //$NON-NLS-1$
        int rows = bot.syncExec(() -> Integer.valueOf(compliant.getItemCount())).intValue();
        assertTrue(rows == 11, "compliant rows: " + rows); //$NON-NLS-1$
        // « Accueil » now carries the demonstration's guide, with the sample's own figures
        String note = bot.syncExec(() -> bot.text(bot.widgetWithId(Label.class, "welcome.note.org.choral.ui.demo"))); //$NON-NLS-1$
        assertTrue(note.contains("25") && note.contains("choral demo --reset"), note); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
