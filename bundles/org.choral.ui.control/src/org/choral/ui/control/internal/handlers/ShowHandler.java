// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.choral.ui.StatusLine;
import org.choral.ui.control.internal.i18n.Messages;
import org.choral.ui.control.internal.parts.ControlPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;

/** « Afficher »: opens the selected invoice's PDF with the system's PDF reader. */
public class ShowHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        ControlPart part = ControlParts.find(parts);
        return part != null && part.selectedPdf().isPresent();
    }

    @Execute
    public void execute(EPartService parts, IEventBroker broker) {
        ControlPart part = ControlParts.find(parts);
        Path pdf = part == null ? null : part.selectedPdf().orElse(null);
        if (pdf == null) {
            return;
        }
        if (!Files.isRegularFile(pdf)) {
            StatusLine.post(broker, NLS.bind(Messages.Show_missing, pdf));
        } else if (!Program.launch(pdf.toString())) {
            StatusLine.post(broker, NLS.bind(Messages.Show_noReader, pdf));
        }
    }
}
