// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.update.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.Optional;

import org.choral.ui.WidgetKeys;
import org.choral.ui.update.internal.i18n.Messages;
import org.choral.update.api.AvailableUpdate;
import org.choral.update.api.UpdateException;
import org.choral.update.api.UpdatePlan;
import org.choral.update.api.UpdateService;
import org.choral.update.api.UpdateSites;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.operation.ModalContext;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Our own update dialog (p2's needs the 3.x workbench): checks the site as soon as it opens, lists
 * the updates, installs them on demand with progress and a stop button, then offers to restart.
 * The work runs outside the UI thread through JFace's {@link ModalContext}, as a wizard's does.
 */
public class UpdateDialog extends Dialog {

    private static final int INSTALL_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int RESTART_ID = IDialogConstants.CLIENT_ID + 2;

    private final UpdateService updates;
    private final Optional<String> configuredSite;
    private final Runnable restart;

    private Label siteLabel;
    private Label message;
    private Table table;
    private ProgressMonitorPart progress;
    private UpdatePlan plan;
    private boolean busy;

    public UpdateDialog(Shell parent, UpdateService updates, Optional<String> configuredSite, Runnable restart) {
        super(parent);
        this.updates = updates;
        this.configuredSite = configuredSite;
        this.restart = restart;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Dialog_title);
        WidgetKeys.set(shell, "update.shell"); //$NON-NLS-1$
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        siteLabel = WidgetKeys.set(new Label(area, SWT.WRAP), "update.site"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(siteLabel);
        message = WidgetKeys.set(new Label(area, SWT.WRAP), "update.message"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(message);
        table = WidgetKeys.set(new Table(area, SWT.BORDER | SWT.FULL_SELECTION), "update.table"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        for (String title : new String[] { Messages.Dialog_columnName, Messages.Dialog_columnInstalled, Messages.Dialog_columnNew }) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(title);
            column.setWidth(200);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).applyTo(table);
        progress = new ProgressMonitorPart(area, new GridLayout(), true);
        WidgetKeys.set(progress, "update.progress"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        WidgetKeys.set(createButton(parent, INSTALL_ID, Messages.Dialog_install, false), "update.install"); //$NON-NLS-1$
        WidgetKeys.set(createButton(parent, RESTART_ID, Messages.Dialog_restart, false), "update.restart"); //$NON-NLS-1$
        WidgetKeys.set(createButton(parent, IDialogConstants.CLOSE_ID, Messages.Dialog_close, true), "update.close"); //$NON-NLS-1$
        getButton(INSTALL_ID).setEnabled(false);
        getButton(RESTART_ID).setEnabled(false);
    }

    @Override
    public void create() {
        super.create();
        getShell().getDisplay().asyncExec(this::check);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == INSTALL_ID) {
            install();
        } else if (buttonId == RESTART_ID) {
            close();
            restart.run();
        } else if (buttonId == IDialogConstants.CLOSE_ID && !busy) {
            close();
        }
    }

    @Override
    protected void handleShellCloseEvent() {
        if (!busy) {
            super.handleShellCloseEvent();
        }
    }

    private void check() {
        URI site;
        try {
            site = UpdateSites.choose(null, configuredSite);
        } catch (UpdateException e) {
            show(e.getMessage());
            return;
        }
        siteLabel.setText(NLS.bind(Messages.Dialog_site, site));
        show(Messages.Dialog_checking);
        if (run(monitor -> plan = updates.check(site, monitor))) {
            fillTable();
            show(plan.upToDate() ? Messages.Dialog_upToDate
                    : NLS.bind(Messages.Dialog_available, Integer.valueOf(plan.updates().size())));
            getButton(INSTALL_ID).setEnabled(!plan.upToDate());
        }
    }

    private void install() {
        getButton(INSTALL_ID).setEnabled(false);
        show(Messages.Dialog_installing);
        if (run(monitor -> updates.install(plan, monitor))) {
            show(Messages.Dialog_installed);
            getButton(RESTART_ID).setEnabled(true);
            getButton(IDialogConstants.CLOSE_ID).setText(Messages.Dialog_later);
            getShell().setDefaultButton(getButton(RESTART_ID));
        } else {
            getButton(INSTALL_ID).setEnabled(plan != null && !plan.upToDate());
        }
    }

    /** A step of work that may fail with a message for the user. */
    private interface Step {
        void run(IProgressMonitor monitor) throws UpdateException;
    }

    /** Runs {@code step} off the UI thread with the dialog's progress; {@code true} if it succeeded. */
    private boolean run(Step step) {
        IRunnableWithProgress runnable = monitor -> {
            try {
                step.run(monitor);
            } catch (UpdateException e) {
                throw new InvocationTargetException(e);
            }
        };
        busy = true;
        getButton(IDialogConstants.CLOSE_ID).setEnabled(false);
        try {
            ModalContext.run(runnable, true, progress, getShell().getDisplay());
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            show(cause instanceof UpdateException ? cause.getMessage() : String.valueOf(cause));
            return false;
        } catch (InterruptedException e) {
            show(Messages.Dialog_cancelled);
            return false;
        } finally {
            busy = false;
            if (!getShell().isDisposed()) {
                getButton(IDialogConstants.CLOSE_ID).setEnabled(true);
                progress.done();
            }
        }
    }

    private void fillTable() {
        table.removeAll();
        for (AvailableUpdate u : plan.updates()) {
            new TableItem(table, SWT.NONE).setText(new String[] { u.name(), u.installedVersion(), u.newVersion() });
        }
    }

    private void show(String text) {
        message.setText(text);
        message.getParent().layout(true, true);
    }
}
