// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.handlers;

import org.choral.ui.directory.internal.ActiveOnly;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MToolItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** The toolbar's « Uniquement services actifs » toggle: shared with the view through the context. */
public final class ActiveOnlyHandler {

    @Execute
    public void execute(MToolItem item, MApplication application, EModelService models) {
        ActiveOnly.set(application, models, item.isSelected());
    }
}
