// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The UBL 2.1 (Invoice, CreditNote) and CII D16B schemas, unpacked into the bundle at build time
 * under {@code external/schemas/}, compiled once (the UBL set takes a second or two) and shared: a compiled
 * {@link Schema} is thread-safe. Includes are resolved inside the bundle only, never on the network.
 */
public final class Schemas {

    private static final String SCHEME = "bundle"; //$NON-NLS-1$
    private static final String UBL_INVOICE = "/external/schemas/ubl21/maindoc/UBL-Invoice-2.1.xsd"; //$NON-NLS-1$
    private static final String UBL_CREDIT_NOTE = "/external/schemas/ubl21/maindoc/UBL-CreditNote-2.1.xsd"; //$NON-NLS-1$
    private static final String CII = "/external/schemas/d16b/data/standard/CrossIndustryInvoice_100pD16B.xsd"; //$NON-NLS-1$

    /** Namespaces UBL imports without a schemaLocation, and where their schema is in the bundle. */
    private static final Map<String, String> IMPORTS = Map.of(
            "urn:un:unece:uncefact:data:specification:CoreComponentTypeSchemaModule:2", //$NON-NLS-1$
            "/external/imports/schemas/CCTS_CCT_SchemaModule.xsd", //$NON-NLS-1$
            "http://www.w3.org/2000/09/xmldsig#", "/external/imports/schemas/xmldsig-core-schema.xsd", //$NON-NLS-1$ //$NON-NLS-2$
            "http://uri.etsi.org/01903/v1.3.2#", "/external/imports/schemas/XAdES01903v132-201601.xsd", //$NON-NLS-1$ //$NON-NLS-2$
            "http://uri.etsi.org/01903/v1.4.1#", "/external/imports/schemas/XAdES01903v141-201601.xsd"); //$NON-NLS-1$ //$NON-NLS-2$

    private static volatile Schema ubl;
    private static volatile Schema cii;

    private Schemas() {
    }

    public static Schema ubl() {
        Schema s = ubl;
        if (s == null) {
            synchronized (Schemas.class) {
                if (ubl == null) {
                    ubl = compile(UBL_INVOICE, UBL_CREDIT_NOTE);
                }
                s = ubl;
            }
        }
        return s;
    }

    public static Schema cii() {
        Schema s = cii;
        if (s == null) {
            synchronized (Schemas.class) {
                if (cii == null) {
                    cii = compile(CII);
                }
                s = cii;
            }
        }
        return s;
    }

    /**
     * Validates {@code content} against {@code schema}.
     *
     * @throws SAXParseException the first error, with its line and column
     */
    public static void validate(Schema schema, byte[] content) throws SAXException, IOException {
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not reject an invoice
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        v.validate(new SAXSource(SafeXml.reader(), new InputSource(new ByteArrayInputStream(content))));
    }

    private static Schema compile(String... paths) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setResourceResolver(new BundleResolver());
            Source[] sources = new Source[paths.length];
            for (int i = 0; i < paths.length; i++) {
                sources[i] = new StreamSource(open(paths[i]), SCHEME + ":" + paths[i]); //$NON-NLS-1$
            }
            return f.newSchema(sources);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("schemas " + String.join(", ", paths), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = Schemas.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("missing " + path); //$NON-NLS-1$
        }
        return in;
    }

    /** Resolves {@code schemaLocation}s relative to the including schema, inside the bundle. */
    private static final class BundleResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String path = namespace == null ? null : IMPORTS.get(namespace);
            if (path == null) {
                if (systemId == null || baseUri == null || !baseUri.startsWith(SCHEME + ":")) { //$NON-NLS-1$
                    return null;
                }
                path = URI.create(baseUri).resolve(systemId).getPath();
            }
            InputStream in = Schemas.class.getResourceAsStream(path);
            return in == null ? null : new Input(SCHEME + ":" + path, publicId, in); //$NON-NLS-1$
        }
    }

    /** The minimal {@link LSInput} the schema factory needs. */
    private record Input(String getSystemId, String getPublicId, InputStream getByteStream) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { /* read-only */ }
        @Override public void setByteStream(InputStream s) { /* read-only */ }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { /* read-only */ }
        @Override public void setSystemId(String s) { /* read-only */ }
        @Override public void setPublicId(String s) { /* read-only */ }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { /* read-only */ }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { /* read-only */ }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { /* read-only */ }
    }
}
