// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.handlers;

import org.choral.ui.directory.DirectoryView;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MToolItem;

/** The toolbar's « Uniquement services actifs » toggle: shared with the view through the context. */
public final class ActiveOnlyHandler {

    @Execute
    public void execute(MToolItem item, MApplication application) {
        application.getContext().set(DirectoryView.ACTIVE_ONLY, Boolean.valueOf(item.isSelected()));
    }
}
