// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.api;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.choral.sources.internal.facturx.EmbeddedInvoice;
import org.choral.sources.internal.xml.SecureXml;
import org.w3c.dom.Document;

/**
 * The invoice XML a Factur-X (or ZUGFeRD, XRechnung) PDF carries, found and parsed exactly as the
 * Factur-X invoice source reads it: embedded files named {@code factur-x.xml},
 * {@code zugferd-invoice.xml} or {@code xrechnung.xml}, looked for in the embedded-files name tree
 * and in the associated files ({@code /AF}); XML parsed with any DOCTYPE refused and no external
 * access. Flux generation uses it to check a Factur-X before depositing it as it is.
 *
 * @param name the attachment's name as the PDF writes it
 * @param xml its content
 * @since 0.1
 */
public record FacturxXml(String name, byte[] xml) {

    /** The attachment name Factur-X 1.0 prescribes. */
    public static final String FACTURX = "factur-x.xml"; //$NON-NLS-1$

    /** Every invoice attachment of {@code pdf}, each name once. */
    public static List<FacturxXml> all(PDDocument pdf) throws IOException {
        return EmbeddedInvoice.all(pdf).stream().map(e -> new FacturxXml(e.name(), e.xml())).toList();
    }

    /**
     * This attachment parsed.
     *
     * @throws IOException when it is not well-formed XML or declares a DOCTYPE: the message (French)
     *             names it and says why
     */
    public Document parse() throws IOException {
        return parse(xml, name);
    }

    /** Parses {@code xml} (an invoice, an XMP packet…) the safe way; {@code name} names it in messages. */
    public static Document parse(byte[] xml, String name) throws IOException {
        try {
            return SecureXml.parse(xml, name);
        } catch (SecureXml.Refused e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
