// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The only way this bundle parses XML. Invoices come from outside (a customer's ERP, a mail): a
 * DOCTYPE is refused outright, which closes external entities (XXE, reading the user's files),
 * entity expansion bombs (« billion laughs ») and external DTDs at once; XInclude is off and no
 * schema or DTD is ever fetched. UBL and CII never need a DOCTYPE.
 */
public final class SecureXml {

    /** The XML was refused or could not be parsed; the message (French) names the file and the reason. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final int PROLOG = 4096;

    private SecureXml() {
    }

    /**
     * Parses {@code xml}, named {@code name} in messages.
     *
     * @throws Refused when it holds a DOCTYPE or is not well-formed XML
     * @throws IOException when the stream cannot be read
     */
    public static Document parse(InputStream xml, String name) throws Refused, IOException {
        InputStream in = xml.markSupported() ? xml : new java.io.BufferedInputStream(xml);
        in.mark(PROLOG);
        byte[] head = in.readNBytes(PROLOG);
        in.reset();
        if (declaresDoctype(head)) {
            throw new Refused(NLS.bind(Messages.Source_xmlDoctypeRefused, name), null);
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(STRICT);
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new ByteArrayInputStream(new byte[0])));
            return builder.parse(in);
        } catch (SAXParseException e) {
            // the factory refuses any DOCTYPE too: one hidden past the first kilobytes ends here
            String where = e.getLineNumber() > 0 ? NLS.bind(Messages.Source_xmlAtLine, e.getLineNumber(), e.getMessage())
                    : e.getMessage();
            throw new Refused(NLS.bind(Messages.Source_xmlUnreadable, name, where), e);
        } catch (SAXException e) {
            throw new Refused(NLS.bind(Messages.Source_xmlUnreadable, name, e.getMessage()), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses {@code xml} (an attachment's bytes). */
    public static Document parse(byte[] xml, String name) throws Refused {
        try {
            return parse(new ByteArrayInputStream(xml), name);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array cannot fail to be read
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // the JDK's own parser, whatever an OSGi bundle may have registered: these features are its
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
        f.setFeature("http://xml.org/sax/features/external-general-entities", false); //$NON-NLS-1$
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false); //$NON-NLS-1$
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); //$NON-NLS-1$
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /** Whether the prolog declares a DOCTYPE (UTF-8, ASCII or UTF-16 with a byte-order mark). */
    static boolean declaresDoctype(byte[] head) {
        String text;
        if (head.length >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
            text = new String(head, StandardCharsets.UTF_16BE);
        } else if (head.length >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
            text = new String(head, StandardCharsets.UTF_16LE);
        } else {
            text = new String(head, StandardCharsets.ISO_8859_1);
        }
        return text.contains("<!DOCTYPE"); //$NON-NLS-1$
    }

    /** Errors stop the parse instead of being printed on the console. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // a warning does not make the invoice wrong
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
