// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.parts;

import jakarta.annotation.PostConstruct;

import org.choral.ui.Welcome;
import org.choral.ui.WelcomeNote;
import org.choral.ui.WidgetKeys;
import org.choral.ui.internal.UserGuide;
import org.choral.ui.internal.i18n.Messages;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.osgi.service.event.EventHandler;

/**
 * « Accueil »: what Choral does and the order of the work, for a user's first minutes, then the
 * notes other bundles post through {@link Welcome} (the demonstration's guide).
 */
public class WelcomePart {

    private Composite root;
    private Composite notes;

    @PostConstruct
    public void createControls(Composite parent, UserGuide guide, IEventBroker broker, UISynchronize sync) {
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
        notes = WidgetKeys.set(new Composite(root, SWT.NONE), "welcome.notes"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().spacing(8, 6).applyTo(notes);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(notes);
        showNotes();
        subscribe(broker, sync);
        Link link = WidgetKeys.set(new Link(root, SWT.NONE), "welcome.guide"); //$NON-NLS-1$
        link.setText(Messages.Welcome_guide);
        link.addListener(SWT.Selection, e -> guide.open(root.getShell()));
    }

    /** By hand rather than {@code @UIEventTopic}: the note is a record, and the handler follows the part's life. */
    private void subscribe(IEventBroker broker, UISynchronize sync) {
        EventHandler handler = event -> sync.asyncExec(() -> {
            if (!notes.isDisposed()) {
                showNotes();
            }
        });
        broker.subscribe(Welcome.TOPIC, handler);
        notes.addDisposeListener(e -> broker.unsubscribe(handler));
    }

    private void showNotes() {
        for (Control child : notes.getChildren()) {
            child.dispose();
        }
        for (WelcomeNote note : Welcome.notes()) {
            Label heading = WidgetKeys.set(new Label(notes, SWT.NONE), "welcome.note.title." + note.id()); //$NON-NLS-1$
            heading.setText(note.title());
            heading.setFont(JFaceResources.getBannerFont());
            Label body = WidgetKeys.set(new Label(notes, SWT.WRAP), "welcome.note." + note.id()); //$NON-NLS-1$
            body.setText(note.text());
            GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(body);
        }
        GridData data = (GridData) notes.getLayoutData();
        data.exclude = Welcome.notes().isEmpty();
        notes.setVisible(!data.exclude);
        root.layout(true, true);
    }

    @Focus
    public void setFocus() {
        root.setFocus();
    }
}
