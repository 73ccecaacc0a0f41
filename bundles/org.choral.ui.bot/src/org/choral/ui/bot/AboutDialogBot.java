// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.bot;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;

/** Page object of « À propos de Choral ». */
public final class AboutDialogBot {

    private final Bot bot;
    private final Shell shell;

    public AboutDialogBot(Bot bot) {
        this.bot = bot;
        this.shell = bot.shellWithId("about.shell"); //$NON-NLS-1$
    }

    public String title() {
        return bot.text(shell);
    }

    public String version() {
        return bot.text(bot.widgetWithId(shell, Label.class, "about.version")); //$NON-NLS-1$
    }

    public String guideLink() {
        return bot.text(bot.widgetWithId(shell, Link.class, "about.guide")); //$NON-NLS-1$
    }

    public void close() {
        bot.click(bot.widgetWithId(shell, Button.class, "about.close")); //$NON-NLS-1$
        bot.waitUntilClosed(shell);
    }
}
