// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.facturx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.internal.csv.PdfLocator;
import org.choral.sources.internal.files.FileKind;
import org.choral.sources.internal.i18n.Messages;
import org.choral.sources.internal.xml.EmbeddedFiles;
import org.choral.sources.internal.xml.InvoiceXml;
import org.choral.sources.internal.xml.SecureXml;
import org.choral.sources.internal.xml.XmlContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * A Factur-X (or ZUGFeRD) PDF: the CII it embeds is the invoice, and the PDF itself is the invoice
 * PDF, marked {@link org.choral.core.api.invoice.SourceFormat#FACTURX} so that the flux step
 * deposits it as it is. A PDF without an embedded invoice is a problem, not an exception: beside a
 * CSV export it is simply an invoice's PDF.
 */
@Component(service = InvoiceSource.class)
public final class FacturxInvoiceSource implements InvoiceSource {

    private final EmbeddedFiles store;

    public FacturxInvoiceSource() {
        this(EmbeddedFiles.inTemp());
    }

    /** @param store where documents the CII itself embeds are written */
    public FacturxInvoiceSource(EmbeddedFiles store) {
        this.store = store;
    }

    @Override
    public String id() {
        return "facturx"; //$NON-NLS-1$
    }

    @Override
    public boolean accepts(Path file) {
        return "pdf".equals(FileKind.extension(file)) || FileKind.of(file) == FileKind.PDF; //$NON-NLS-1$
    }

    @Override
    public SourceResult read(Path file, SourceOptions options, IProgressMonitor monitor) throws InvoiceSourceException {
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        SourcePosition at = SourcePosition.of(file);
        if (!Files.isReadable(file)) {
            throw new InvoiceSourceException(at, NLS.bind(Messages.Source_fileUnreadable, file,
                    Messages.Source_notReadable));
        }
        EmbeddedInvoice embedded;
        try {
            embedded = EmbeddedInvoice.find(file);
        } catch (InvalidPasswordException e) {
            return problem(at, NLS.bind(Messages.Source_pdfUnreadable, file, Messages.Source_pdfPassword));
        } catch (IOException | RuntimeException e) {
            // PDFBox throws unchecked exceptions on some broken files: one bad PDF must not stop the folder
            return problem(at, NLS.bind(Messages.Source_pdfUnreadable, file, e.getMessage()));
        }
        if (embedded == null) {
            return problem(at, NLS.bind(Messages.Source_pdfNoFacturx, file));
        }
        String name = file + "!/" + embedded.name(); //$NON-NLS-1$
        Invoice invoice;
        try {
            Path folder = file.toAbsolutePath().getParent();
            invoice = InvoiceXml.read(SecureXml.parse(embedded.xml(), name),
                    new XmlContext(file, file, new PdfLocator(folder, options.pdfFolder()), store));
        } catch (SecureXml.Refused e) {
            return problem(at, e.getMessage());
        }
        progress.done();
        if (invoice == null) {
            return problem(at, NLS.bind(Messages.Source_xmlNotInvoice, name));
        }
        return new SourceResult(List.of(invoice), List.of());
    }

    private static SourceResult problem(SourcePosition at, String message) {
        return new SourceResult(List.of(), List.of(new InputProblem(at, null, message)));
    }
}
