// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal;

import java.util.List;

import org.choral.ui.directory.DirectoryView;
import org.choral.ui.directory.internal.parts.DirectoryPart;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Lives as long as the application, so that the view opens on a SIRET even when it was never shown
 * ({@link DirectoryView#TOPIC_SHOW}), and « Uniquement services actifs » starts unticked.
 */
public final class DirectoryAddon {

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private IEventBroker broker;
    @Inject
    private UISynchronize sync;
    private final EventHandler showHandler = this::show;

    @PostConstruct
    public void init() {
        if (application.getContext().get(DirectoryView.ACTIVE_ONLY) == null) {
            application.getContext().set(DirectoryView.ACTIVE_ONLY, Boolean.FALSE);
        }
        broker.subscribe(DirectoryView.TOPIC_SHOW, showHandler);
    }

    /** Any part may post a SIRET, from any thread: the view is opened on the UI thread. */
    private void show(Event event) {
        Object siret = event.getProperty(IEventBroker.DATA);
        sync.asyncExec(() -> {
            DirectoryPart part = open(application, models);
            if (part != null && siret instanceof String s) {
                part.showSiret(s);
            }
        });
    }

    @PreDestroy
    void dispose() {
        broker.unsubscribe(showHandler);
    }

    /** Shows and activates the view in the active window; {@code null} when it cannot be shown. */
    public static DirectoryPart open(MApplication application, EModelService models) {
        MWindow window = application.getSelectedElement();
        if (window == null) {
            List<MWindow> windows = application.getChildren();
            if (windows.isEmpty()) {
                return null;
            }
            window = windows.get(0);
        }
        EPartService parts = window.getContext().get(EPartService.class);
        MPart part = parts.findPart(DirectoryView.PART_ID);
        if (part == null) {
            return null;
        }
        part = parts.showPart(part, PartState.ACTIVATE);
        return part != null && part.getObject() instanceof DirectoryPart p ? p : null;
    }
}
