// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.bot;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Page object of « Paramétrage »: pages are selected by their id (the tree items carry it),
 * fields are found by their id ({@code company.siret}, {@code chorus.clientSecret}…), and each
 * field's message line by {@code id + ".error"}.
 */
public final class SettingsDialogBot {

    public static final String COMPANY = "settings.company"; //$NON-NLS-1$
    public static final String CHORUS = "settings.chorus"; //$NON-NLS-1$
    public static final String UPDATES = "settings.updates"; //$NON-NLS-1$
    public static final String FLUX = "settings.flux"; //$NON-NLS-1$

    private final Bot bot;
    private final Shell shell;

    public SettingsDialogBot(Bot bot) {
        this.bot = bot;
        this.shell = bot.shellWithId("settings.shell"); //$NON-NLS-1$
    }

    public String title() {
        return bot.text(shell);
    }

    /** Selects the page with this id in the tree, as a click would, and waits until it is shown. */
    public SettingsDialogBot page(String pageId) {
        Tree tree = bot.widgetWithId(shell, Tree.class, "settings.tree"); //$NON-NLS-1$
        bot.syncRun(() -> {
            TreeItem item = find(tree.getItems(), pageId);
            if (item == null) {
                throw new IllegalArgumentException("No settings page " + pageId); //$NON-NLS-1$
            }
            if (shell.getData() instanceof PreferenceDialog dialog) {
                if (item.getData() instanceof org.eclipse.jface.preference.IPreferenceNode node
                        && node.getPage() != null && dialog.getSelectedPage() == node.getPage()) {
                    return; // already shown
                }
                // What a click ends in: the viewer's selection and post-selection (which shows the
                // page). A synthetic SWT.Selection alone does not reach JFace's OpenStrategy.
                dialog.getTreeViewer().setSelection(new StructuredSelection(item.getData()), true);
            } else {
                tree.setSelection(item);
                Event e = new Event();
                e.item = item;
                tree.notifyListeners(SWT.Selection, e);
            }
        });
        org.eclipse.swt.widgets.Control first = switch (pageId) {
        case COMPANY -> bot.widgetWithId(shell, Text.class, "company.siret"); //$NON-NLS-1$
        case UPDATES -> bot.widgetWithId(shell, Text.class, "updates.siteUrl"); //$NON-NLS-1$
        case FLUX -> bot.widgetWithId(shell, Text.class, "flux.maxMegabytes"); //$NON-NLS-1$
        default -> bot.widgetWithId(shell, Combo.class, "chorus.environment"); //$NON-NLS-1$
        };
        bot.waitUntil(Condition.of("page " + pageId + " shown", first::isVisible)); //$NON-NLS-1$ //$NON-NLS-2$
        return this;
    }

    private static TreeItem find(TreeItem[] items, String id) {
        for (TreeItem item : items) {
            if (id.equals(org.choral.ui.WidgetKeys.get(item))) {
                return item;
            }
            TreeItem child = find(item.getItems(), id);
            if (child != null) {
                return child;
            }
        }
        return null;
    }

    /** Types {@code value} into the text field {@code id} (replacing what it held). */
    public SettingsDialogBot set(String id, String value) {
        Text t = bot.widgetWithId(shell, Text.class, id);
        bot.syncRun(() -> t.setText(value));
        return this;
    }

    public String get(String id) {
        return bot.text(bot.widgetWithId(shell, Text.class, id));
    }

    public boolean isEditable(String id) {
        Text t = bot.widgetWithId(shell, Text.class, id);
        return bot.syncExec(t::getEditable);
    }

    /** Chooses the {@code index}-th entry of the combo {@code id}, as the user would. */
    public SettingsDialogBot select(String id, int index) {
        Combo c = bot.widgetWithId(shell, Combo.class, id);
        bot.syncRun(() -> {
            c.select(index);
            c.notifyListeners(SWT.Selection, new Event());
        });
        return this;
    }

    public int selectionIndex(String id) {
        Combo c = bot.widgetWithId(shell, Combo.class, id);
        return bot.syncExec(c::getSelectionIndex);
    }

    public SettingsDialogBot spinner(String id, int value) {
        Spinner s = bot.widgetWithId(shell, Spinner.class, id);
        bot.syncRun(() -> {
            s.setSelection(value);
            s.notifyListeners(SWT.Modify, new Event());
        });
        return this;
    }

    public int spinner(String id) {
        Spinner s = bot.widgetWithId(shell, Spinner.class, id);
        return bot.syncExec(s::getSelection);
    }

    /** The message shown below field {@code id}; empty when the value is accepted. */
    public String error(String id) {
        Label l = bot.widgetWithId(shell, Label.class, id + ".error"); //$NON-NLS-1$
        return bot.syncExec(() -> l.isVisible() ? l.getText() : ""); //$NON-NLS-1$
    }

    /** Every message line shown, on every page created so far: for assertion messages. */
    public String shownErrors() {
        return bot.syncExec(() -> bot.descendants(shell).stream()
                .filter(c -> c instanceof Label && c.getVisible() && String.valueOf(org.choral.ui.WidgetKeys.get(c)).endsWith(".error")) //$NON-NLS-1$
                .map(c -> org.choral.ui.WidgetKeys.get(c) + ": " + ((Label) c).getText()) //$NON-NLS-1$
                .collect(java.util.stream.Collectors.joining("; "))); //$NON-NLS-1$
    }

    public String label(String id) {
        return bot.text(bot.widgetWithId(shell, Label.class, id));
    }

    public void click(String buttonId) {
        bot.click(bot.widgetWithId(shell, Button.class, buttonId));
    }

    public boolean okEnabled() {
        Button ok = bot.widgetWithId(shell, Button.class, "settings.ok"); //$NON-NLS-1$
        return bot.syncExec(ok::isEnabled);
    }

    /** OK: saves every page and waits until the dialog is closed. */
    public void ok() {
        click("settings.ok"); //$NON-NLS-1$
        bot.waitUntilClosed(shell);
    }

    public void cancel() {
        click("settings.cancel"); //$NON-NLS-1$
        bot.waitUntilClosed(shell);
    }
}
