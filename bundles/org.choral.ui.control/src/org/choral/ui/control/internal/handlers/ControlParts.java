// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.handlers;

import org.choral.ui.control.internal.parts.ControlPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** How the window-wide handlers reach « Contrôle des factures ». */
final class ControlParts {

    private ControlParts() {
    }

    /** The part if it is open and rendered, else {@code null}. */
    static ControlPart find(EPartService parts) {
        MPart part = parts.findPart(ControlPart.ID);
        return part != null && part.getObject() instanceof ControlPart c ? c : null;
    }

    /** The part, brought to the front (and created) first. */
    static ControlPart show(EPartService parts) {
        MPart part = parts.showPart(ControlPart.ID, PartState.ACTIVATE);
        return (ControlPart) part.getObject();
    }
}
