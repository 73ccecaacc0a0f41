// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** Page object of « Correspondance des colonnes »: widgets found by id, choices made as the user makes them. */
final class MappingDialogBot {

    private final Bot bot;
    private final Shell shell;

    /** Waits for the mapping dialog to open. */
    MappingDialogBot(Bot bot) {
        this.bot = bot;
        this.shell = bot.shellWithId("mapping.shell");
    }

    Shell shell() {
        return shell;
    }

    /** The header chosen for a canonical column, {@code null} when none. */
    String header(String canonical) {
        Combo combo = combo(canonical);
        return bot.syncExec(() -> combo.getSelectionIndex() <= 0 ? null : combo.getItem(combo.getSelectionIndex()));
    }

    /** The headers offered for a canonical column (the « none » item left out). */
    List<String> offered(String canonical) {
        Combo combo = combo(canonical);
        return bot.syncExec(() -> List.of(combo.getItems()).subList(1, combo.getItemCount()));
    }

    /** Chooses {@code header} ({@code null}: none) for a canonical column, as a user's selection does. */
    void choose(String canonical, String header) {
        Combo combo = combo(canonical);
        bot.syncRun(() -> {
            int index = header == null ? 0 : combo.indexOf(header);
            if (index < 0) {
                throw new IllegalArgumentException(header + " not in " + List.of(combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    private Combo combo(String canonical) {
        return bot.widgetWithId(shell, Combo.class, "mapping.column." + canonical);
    }

    String problems() {
        return bot.text(bot.widgetWithId(shell, Label.class, "mapping.problems"));
    }

    String summary() {
        return bot.text(bot.widgetWithId(shell, Label.class, "mapping.summary"));
    }

    boolean canSave() {
        Button save = bot.widgetWithId(shell, Button.class, "mapping.save");
        return bot.syncExec(save::isEnabled);
    }

    String file() {
        return bot.text(bot.widgetWithId(shell, Text.class, "mapping.file"));
    }

    void setFile(Path file) {
        Text text = bot.widgetWithId(shell, Text.class, "mapping.file");
        bot.syncRun(() -> text.setText(file.toString()));
    }

    /** The preview's header row then its rows. */
    List<List<String>> preview() {
        Table table = bot.widgetWithId(shell, Table.class, "mapping.preview");
        return bot.syncExec(() -> {
            List<List<String>> rows = new ArrayList<>();
            rows.add(java.util.Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    cells.add(item.getText(c));
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    /** « Enregistrer », once it is enabled; waits for the dialog to close. */
    void save() {
        bot.waitUntil(Condition.of("Enregistrer enabled", this::canSave));
        bot.click(bot.widgetWithId(shell, Button.class, "mapping.save"));
        bot.waitUntilClosed(shell);
    }

    void cancel() {
        bot.click(bot.widgetWithId(shell, Button.class, "mapping.cancel"));
        bot.waitUntilClosed(shell);
    }
}
