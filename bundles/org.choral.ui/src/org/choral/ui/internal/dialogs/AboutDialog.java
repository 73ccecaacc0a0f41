// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.dialogs;

import org.choral.core.api.DataFolders;
import org.choral.core.api.ProductVersion;
import org.choral.ui.WidgetKeys;
import org.choral.ui.internal.UserGuide;
import org.choral.ui.internal.i18n.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;

/** The about box: product name, version, runtime, data folder, description, user guide link. */
public class AboutDialog extends Dialog {

    public static final String SHELL_ID = "about.shell"; //$NON-NLS-1$

    private final UserGuide guide;

    public AboutDialog(Shell parent, UserGuide guide) {
        super(parent);
        this.guide = guide;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.About_title);
        WidgetKeys.set(shell, SHELL_ID);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(6, 6).applyTo(area);
        Label heading = WidgetKeys.set(new Label(area, SWT.NONE), "about.heading"); //$NON-NLS-1$
        heading.setText(Messages.About_heading);
        heading.setFont(JFaceResources.getHeaderFont());
        Label version = WidgetKeys.set(new Label(area, SWT.NONE), "about.version"); //$NON-NLS-1$
        version.setText(NLS.bind(Messages.About_version, ProductVersion.current()));
        Label description = WidgetKeys.set(new Label(area, SWT.WRAP), "about.description"); //$NON-NLS-1$
        description.setText(Messages.About_description);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(description);
        Label java = WidgetKeys.set(new Label(area, SWT.NONE), "about.java"); //$NON-NLS-1$
        java.setText(NLS.bind(Messages.About_java, System.getProperty("java.version"), //$NON-NLS-1$
                System.getProperty("java.vendor"))); //$NON-NLS-1$
        Label data = WidgetKeys.set(new Label(area, SWT.NONE), "about.data"); //$NON-NLS-1$
        data.setText(NLS.bind(Messages.About_dataFolder, DataFolders.defaultFolder()));
        Link link = WidgetKeys.set(new Link(area, SWT.NONE), "about.guide"); //$NON-NLS-1$
        link.setText(Messages.About_guide);
        link.addListener(SWT.Selection, e -> guide.open(getShell()));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button close = createButton(parent, IDialogConstants.CLOSE_ID, Messages.About_close, true);
        WidgetKeys.set(close, "about.close"); //$NON-NLS-1$
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }
}
