// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/** PDF_MISSING, PDF_TOO_LARGE (over 10 MB) and PDF_UNREADABLE (not a PDF, truncated, no page). */
@Component(service = ControlRule.class)
public final class PdfRule implements ControlRule {

    static final String FIELD = "fichier_pdf"; //$NON-NLS-1$

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        Path pdf = subject.invoice().pdf();
        if (pdf == null || !Files.isRegularFile(pdf)) {
            anomalies.accept(Anomaly.error(AnomalyCodes.PDF_MISSING, pdf == null ? Messages.Control_pdfMissing
                    : NLS.bind(Messages.Control_pdfMissingAt, pdf), FIELD));
            return;
        }
        long size;
        try {
            size = Files.size(pdf);
        } catch (IOException e) {
            anomalies.accept(Anomaly.error(AnomalyCodes.PDF_UNREADABLE,
                    NLS.bind(Messages.Control_pdfUnreadable, pdf, e.getMessage()), FIELD));
            return;
        }
        if (size > Limits.FILE_MAX_BYTES) {
            // not parsed: Chorus refuses it anyway, and parsing a huge file would slow the whole batch
            anomalies.accept(Anomaly.error(AnomalyCodes.PDF_TOO_LARGE,
                    NLS.bind(Messages.Control_pdfTooLarge, pdf.getFileName(), Texts.megabytes(size)), FIELD));
            return;
        }
        String problem = PdfInspector.problem(pdf);
        if (problem != null) {
            anomalies.accept(Anomaly.error(AnomalyCodes.PDF_UNREADABLE,
                    NLS.bind(Messages.Control_pdfUnreadable, pdf.getFileName(), problem), FIELD));
        }
    }
}
