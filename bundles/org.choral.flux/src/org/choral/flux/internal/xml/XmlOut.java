// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over StAX for documents with a fixed set of prefixes: element names are written
 * {@code prefix:local}, optional values are skipped when {@code null}, and a file can be embedded
 * as base64 piece by piece (the encoded text is never held whole).
 */
public final class XmlOut {

    /** A multiple of 3, so that each piece encodes without padding. */
    private static final int BASE64_CHUNK = 3 * 16 * 1024;
    /**
     * The JDK's own StAX writer, whatever else is on the class path: {@link #base64} relies on its
     * {@code flush()} handing everything written so far to the underlying stream.
     */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter w;
    private final OutputStream out;
    private final Map<String, String> namespaces;

    private XmlOut(XMLStreamWriter w, OutputStream out, Map<String, String> namespaces) {
        this.w = w;
        this.out = out;
        this.namespaces = namespaces;
    }

    /**
     * Starts a document on {@code out} whose root {@code root} declares every prefix of
     * {@code namespaces}.
     */
    public static XmlOut start(OutputStream out, String root, Map<String, String> namespaces) throws IOException {
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8"); //$NON-NLS-1$
            w.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
            XmlOut x = new XmlOut(w, out, namespaces);
            x.open(root);
            for (Map.Entry<String, String> ns : namespaces.entrySet()) {
                w.writeNamespace(ns.getKey(), ns.getValue());
            }
            return x;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens {@code prefix:local}. */
    public XmlOut open(String qname) throws IOException {
        int colon = qname.indexOf(':');
        String prefix = qname.substring(0, colon);
        try {
            w.writeStartElement(prefix, qname.substring(colon + 1), namespaces.get(prefix));
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    public XmlOut attr(String name, String value) throws IOException {
        if (value != null) {
            try {
                w.writeAttribute(name, value);
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }
        return this;
    }

    public XmlOut text(String text) throws IOException {
        try {
            w.writeCharacters(text);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    public XmlOut close() throws IOException {
        try {
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** {@code <qname>text</qname>}, nothing when {@code text} is {@code null}. */
    public XmlOut leaf(String qname, String text) throws IOException {
        if (text != null) {
            open(qname).text(text).close();
        }
        return this;
    }

    /** {@code <qname attr="value">text</qname>}, nothing when {@code text} is {@code null}. */
    public XmlOut leaf(String qname, String text, String attr, String value) throws IOException {
        if (text != null) {
            open(qname).attr(attr, value).text(text).close();
        }
        return this;
    }

    /** An amount with two decimals and its currency attribute. */
    public XmlOut amount(String qname, BigDecimal amount, String currency) throws IOException {
        return leaf(qname, Decimals.amount(amount), "currencyID", currency); //$NON-NLS-1$
    }

    /**
     * The content of {@code file} as base64 text of the open element, in one pass over the file.
     * Base64 needs no XML escaping, so the encoded bytes go straight to the underlying stream once
     * the writer has flushed the start tag: no per-character escaping, no strings, a single buffer.
     */
    public XmlOut base64(Path file) throws IOException {
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] buffer = new byte[BASE64_CHUNK];
        byte[] encoded = new byte[BASE64_CHUNK / 3 * 4];
        try (InputStream in = Files.newInputStream(file)) {
            // an empty text closes the pending start tag ('>'), flush() hands it to the stream
            w.writeCharacters(""); //$NON-NLS-1$
            w.flush();
            int filled;
            while ((filled = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                int length = filled == buffer.length ? encoder.encode(buffer, encoded)
                        : encoder.encode(java.util.Arrays.copyOf(buffer, filled), encoded);
                out.write(encoded, 0, length);
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** Closes every open element and flushes (the underlying stream stays open). */
    public void end() throws IOException {
        try {
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
