// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal;

import org.choral.ui.directory.DirectoryView;
import org.choral.ui.directory.internal.parts.DirectoryPart;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.menu.MToolItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.ToolItem;

/**
 * « Uniquement services actifs » lives in two places, the view's check box and the toolbar's
 * toggle: whichever the user clicks, both show the same state, kept in the application context.
 * Set directly rather than through context tracking, which did not reach the toolbar item.
 */
public final class ActiveOnly {

    /** Element id of the toolbar's « Uniquement services actifs ». */
    public static final String TOOL_ITEM = "org.choral.ui.directory.toolitem.activeOnly"; //$NON-NLS-1$

    private ActiveOnly() {
    }

    public static boolean get(MApplication application) {
        return Boolean.TRUE.equals(application.getContext().get(DirectoryView.ACTIVE_ONLY));
    }

    /** Records {@code on} and shows it in the toolbar and in the view (when it is open). */
    public static void set(MApplication application, EModelService models, boolean on) {
        application.getContext().set(DirectoryView.ACTIVE_ONLY, Boolean.valueOf(on));
        for (MToolItem item : models.findElements(application, TOOL_ITEM, MToolItem.class, null,
                EModelService.ANYWHERE | EModelService.IN_TRIM)) {
            item.setSelected(on);
            if (item.getWidget() instanceof ToolItem widget && !widget.isDisposed()) {
                widget.setSelection(on);
            }
        }
        for (MPart part : models.findElements(application, DirectoryView.PART_ID, MPart.class, null)) {
            if (part.getObject() instanceof DirectoryPart view) {
                view.showActiveOnly(on);
            }
        }
    }
}
