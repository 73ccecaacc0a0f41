// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.handlers;

import org.choral.ui.directory.DirectoryView;
import org.choral.ui.directory.internal.DirectoryAddon;
import org.choral.ui.directory.internal.toolbar.SiretToolControl;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import jakarta.inject.Named;

/** The toolbar's « Rechercher »: opens the view on the SIRET typed in the toolbar's field. */
public final class SearchHandler {

    @Execute
    public void execute(@Optional @Named(SiretToolControl.TEXT_KEY) String typed, MApplication application,
            EModelService models, IEventBroker broker) {
        if (typed == null || typed.isBlank()) {
            DirectoryAddon.open(application, models);
        } else {
            broker.send(DirectoryView.TOPIC_SHOW, typed.trim());
        }
    }
}
