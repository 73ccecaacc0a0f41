// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.nio.file.Path;

import org.choral.sources.internal.csv.PdfLocator;

/**
 * What reading one XML invoice needs besides the document.
 *
 * @param file the file read (the XML, or the Factur-X PDF that carries it)
 * @param facturxPdf the Factur-X PDF the XML came out of (it is the invoice PDF), or {@code null}
 * @param locator finds {@code <number>.pdf} beside the XML or in the PDF folder when no PDF is embedded
 * @param store where embedded documents are written
 */
public record XmlContext(Path file, Path facturxPdf, PdfLocator locator, EmbeddedFiles store) {
}
