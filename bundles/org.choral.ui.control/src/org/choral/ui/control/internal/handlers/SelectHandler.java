// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.handlers;

import jakarta.inject.Named;

import org.choral.ui.control.internal.i18n.Messages;
import org.choral.ui.control.internal.model.SelectMode;
import org.choral.ui.control.internal.parts.ControlPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * « Sélectionner »: all, none, or one client's compliant invoices. The menu items name the mode;
 * the toolbar button, which has none, offers the three in a pop-up menu.
 */
public class SelectHandler {

    private Menu popup;

    @CanExecute
    public boolean canExecute(EPartService parts) {
        ControlPart part = ControlParts.find(parts);
        return part != null && part.report() != null;
    }

    @Execute
    public void execute(@Optional @Named(SelectMode.PARAMETER) String mode, EPartService parts,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        ControlPart part = ControlParts.show(parts);
        SelectMode m = SelectMode.parse(mode);
        if (m != null) {
            part.select(m);
        } else {
            offer(shell, part);
        }
    }

    private void offer(Shell shell, ControlPart part) {
        // the previous pop-up is disposed here, not on hide: its selection event may follow the hide
        if (popup != null && !popup.isDisposed()) {
            popup.dispose();
        }
        popup = new Menu(shell, SWT.POP_UP);
        item(Messages.Select_all, () -> part.select(SelectMode.ALL));
        item(Messages.Select_none, () -> part.select(SelectMode.NONE));
        item(Messages.Select_client, () -> part.select(SelectMode.CLIENT));
        popup.setLocation(shell.getDisplay().getCursorLocation());
        popup.setVisible(true);
    }

    private void item(String text, Runnable action) {
        MenuItem item = new MenuItem(popup, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
