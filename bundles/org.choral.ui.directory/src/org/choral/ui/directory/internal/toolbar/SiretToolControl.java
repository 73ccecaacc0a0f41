// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.toolbar;

import org.choral.ui.WidgetKeys;
import org.choral.ui.directory.DirectoryView;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The toolbar's « N° SIRET » field, as in the reference tool: Enter opens the view on that SIRET;
 * what is typed is kept in the application context for « Rechercher ».
 */
public final class SiretToolControl {

    /** Application-context key of the text typed in the field. */
    public static final String TEXT_KEY = "org.choral.ui.directory.toolbarSiret"; //$NON-NLS-1$

    @Inject
    private MApplication application;
    @Inject
    private IEventBroker broker;

    @PostConstruct
    public void createControls(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        // no label beside the field: its hint says « N° SIRET », which keeps the toolbar within 1,200 pixels
        GridLayoutFactory.fillDefaults().margins(4, 0).applyTo(box);
        Text text = WidgetKeys.set(new Text(box, SWT.SEARCH | SWT.BORDER), "toolbar.siret"); //$NON-NLS-1$
        text.setToolTipText(Messages.Toolbar_siretTooltip);
        text.setMessage(Messages.Toolbar_siret);
        GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(text);
        text.addListener(SWT.Modify, e -> application.getContext().set(TEXT_KEY, text.getText()));
        text.addListener(SWT.DefaultSelection, e -> {
            if (!text.getText().isBlank()) {
                broker.send(DirectoryView.TOPIC_SHOW, text.getText().trim());
            }
        });
    }
}
