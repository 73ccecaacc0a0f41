// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import org.choral.core.api.invoice.Invoice;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads a parsed UBL or CII document, whichever it is; shared by the XML and Factur-X sources. */
public final class InvoiceXml {

    private InvoiceXml() {
    }

    /** The invoice, or {@code null} when the root element is neither UBL nor CII. */
    public static Invoice read(Document document, XmlContext context) {
        Element root = document.getDocumentElement();
        if (UblReader.isUbl(root)) {
            return UblReader.read(root, context);
        }
        if (CiiReader.isCii(root)) {
            return CiiReader.read(root, context);
        }
        return null;
    }
}
