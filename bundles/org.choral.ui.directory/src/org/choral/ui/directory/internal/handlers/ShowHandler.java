// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.handlers;

import org.choral.ui.directory.internal.DirectoryAddon;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** « Afficher l'annuaire »: brings the view to the front. */
public final class ShowHandler {

    @Execute
    public void execute(MApplication application, EModelService models) {
        DirectoryAddon.open(application, models);
    }
}
