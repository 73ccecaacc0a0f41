// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * ATTACHMENT_INVALID (missing, over 10 MB, name over 50 characters, extension Chorus refuses) and
 * INVOICE_TOO_LARGE (the PDF and the attachments together over 120 MB).
 */
@Component(service = ControlRule.class)
public final class AttachmentRule implements ControlRule {

    static final String FIELD = "pieces_jointes"; //$NON-NLS-1$

    /** Extensions Chorus Pro accepts for attachments (chorus-reference.md §3.6). */
    static final Set<String> EXTENSIONS = Set.of("pdf", "xml", "csv", "zip", "jpg", "jpeg", "png", "tif", "tiff", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            "gif", "bmp", "doc", "docx", "xls", "xlsx", "odt", "ods", "odp", "ppt", "pptx", "txt", "rtf", "html", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
            "htm", "xhtml"); //$NON-NLS-1$ //$NON-NLS-2$

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        long total = size(subject.invoice().pdf());
        for (Path attachment : subject.invoice().attachments()) {
            String name = attachment.getFileName() == null ? attachment.toString() : attachment.getFileName().toString();
            if (!Files.isRegularFile(attachment)) {
                report(anomalies, NLS.bind(Messages.Control_attachmentMissing, attachment));
                continue;
            }
            long size = size(attachment);
            total += size;
            if (size > Limits.FILE_MAX_BYTES) {
                report(anomalies, NLS.bind(Messages.Control_attachmentTooLarge, name, Texts.megabytes(size)));
            }
            if (name.length() > Limits.NAME_MAX) {
                report(anomalies, NLS.bind(Messages.Control_attachmentNameTooLong, name));
            }
            String extension = extension(name);
            if (!EXTENSIONS.contains(extension)) {
                report(anomalies, NLS.bind(Messages.Control_attachmentExtension, name, extension));
            }
        }
        if (total > Limits.INVOICE_MAX_BYTES) {
            anomalies.accept(Anomaly.error(AnomalyCodes.INVOICE_TOO_LARGE,
                    NLS.bind(Messages.Control_invoiceTooLarge, Texts.megabytes(total)), FIELD));
        }
    }

    private static void report(Consumer<Anomaly> anomalies, String message) {
        anomalies.accept(Anomaly.error(AnomalyCodes.ATTACHMENT_INVALID, message, FIELD));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    private static long size(Path file) {
        try {
            return file != null && Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // an unreadable file is reported by its own check
        }
    }
}
