// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.parts;

import jakarta.annotation.PostConstruct;

import org.choral.ui.WidgetKeys;
import org.choral.ui.internal.UserGuide;
import org.choral.ui.internal.i18n.Messages;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/** « Accueil »: what Choral does and the order of the work, for a user's first minutes. */
public class WelcomePart {

    private Composite root;

    @PostConstruct
    public void createControls(Composite parent, UserGuide guide) {
        root = WidgetKeys.set(new Composite(parent, SWT.NONE), "welcome.root"); //$NON-NLS-1$
        root.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        root.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.swtDefaults().margins(32, 24).spacing(8, 14).applyTo(root);
        Label title = WidgetKeys.set(new Label(root, SWT.NONE), "welcome.title"); //$NON-NLS-1$
        title.setText(Messages.Welcome_title);
        title.setFont(JFaceResources.getHeaderFont());
        Label intro = new Label(root, SWT.WRAP);
        intro.setText(Messages.Welcome_intro);
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(intro);
        Label steps = WidgetKeys.set(new Label(root, SWT.WRAP), "welcome.steps"); //$NON-NLS-1$
        steps.setText(Messages.Welcome_steps);
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(steps);
        Link link = WidgetKeys.set(new Link(root, SWT.NONE), "welcome.guide"); //$NON-NLS-1$
        link.setText(Messages.Welcome_guide);
        link.addListener(SWT.Selection, e -> guide.open(root.getShell()));
    }

    @Focus
    public void setFocus() {
        root.setFocus();
    }
}
