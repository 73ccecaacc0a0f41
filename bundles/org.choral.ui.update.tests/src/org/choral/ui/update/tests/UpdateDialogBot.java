// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.update.tests;

import org.choral.ui.bot.Bot;
import org.choral.ui.bot.Condition;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/** Page object of the update dialog, widgets found by id. */
final class UpdateDialogBot {

    private final Bot bot;
    final Shell shell;

    UpdateDialogBot(Bot bot) {
        this.bot = bot;
        this.shell = bot.shellWithId("update.shell");
    }

    String title() {
        return bot.text(shell);
    }

    String message() {
        return bot.text(bot.widgetWithId(shell, Label.class, "update.message"));
    }

    String site() {
        return bot.text(bot.widgetWithId(shell, Label.class, "update.site"));
    }

    Button button(String id) {
        return bot.widgetWithId(shell, Button.class, id);
    }

    boolean enabled(String id) {
        Button b = button(id);
        return bot.syncExec(b::isEnabled);
    }

    /** The rows of the updates table, cells joined with " | ". */
    java.util.List<String> rows() {
        Table table = bot.widgetWithId(shell, Table.class, "update.table");
        return bot.syncExec(() -> java.util.Arrays.stream(table.getItems())
                .map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2)).toList());
    }

    void waitForMessage(String part) {
        Label label = bot.widgetWithId(shell, Label.class, "update.message");
        bot.waitUntil(Condition.of("update message containing " + part, () -> label.getText().contains(part)));
    }

    void waitUntilEnabled(String id) {
        Button b = button(id);
        bot.waitUntil(Condition.of(id + " enabled", b::isEnabled));
    }

    void click(String id) {
        bot.click(button(id));
    }

    void waitUntilClosed() {
        bot.waitUntilClosed(shell);
    }
}
