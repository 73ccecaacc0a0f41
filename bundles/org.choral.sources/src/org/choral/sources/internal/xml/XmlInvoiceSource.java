// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * A UBL 2.1 Invoice/CreditNote or CII D16B CrossIndustryInvoice file, one invoice per file (E1 or
 * E2). A file that is refused (DOCTYPE), malformed or not an invoice is a problem naming the file,
 * never an exception: in a folder, the other files are still read.
 */
@Component(service = InvoiceSource.class)
public final class XmlInvoiceSource implements InvoiceSource {

    private final EmbeddedFiles store;

    public XmlInvoiceSource() {
        this(EmbeddedFiles.inTemp());
    }

    /** @param store where embedded PDFs and attachments are written */
    public XmlInvoiceSource(EmbeddedFiles store) {
        this.store = store;
    }

    @Override
    public String id() {
        return "xml"; //$NON-NLS-1$
    }

    @Override
    public boolean accepts(Path file) {
        String ext = FileKind.extension(file);
        if ("pdf".equals(ext)) { //$NON-NLS-1$
            return false;
        }
        return "xml".equals(ext) || FileKind.of(file) == FileKind.XML; //$NON-NLS-1$
    }

    @Override
    public SourceResult read(Path file, SourceOptions options, IProgressMonitor monitor) throws InvoiceSourceException {
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        SourcePosition at = SourcePosition.of(file);
        org.w3c.dom.Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = SecureXml.parse(in, file.toString());
        } catch (SecureXml.Refused e) {
            return problem(at, e.getMessage());
        } catch (IOException e) {
            throw new InvoiceSourceException(at, NLS.bind(Messages.Source_fileUnreadable, file, e.toString()), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        Invoice invoice = InvoiceXml.read(document,
                new XmlContext(file, null, new PdfLocator(folder, options.pdfFolder()), store));
        progress.done();
        if (invoice == null) {
            return problem(at, NLS.bind(Messages.Source_xmlNotInvoice, file));
        }
        return new SourceResult(List.of(invoice), List.of());
    }

    private static SourceResult problem(SourcePosition at, String message) {
        return new SourceResult(List.of(), List.of(new InputProblem(at, null, message)));
    }
}
