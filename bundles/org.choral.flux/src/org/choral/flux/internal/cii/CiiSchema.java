// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cii;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The UN/CEFACT CII D16B schema Factur-X 1.0 is built on, unpacked into the bundle at build time
 * (see the bundle's pom) and compiled once on first use; a compiled {@link Schema} is thread-safe.
 * Includes are read from the bundle (or its jar) only, never from the network.
 */
final class CiiSchema {

    private static final String MAIN = "/external/schemas/d16b/data/standard/CrossIndustryInvoice_100pD16B.xsd"; //$NON-NLS-1$
    /** Where the includes of the schema may be read from: the bundle, or its jar outside OSGi. */
    private static final String LOCAL_ONLY = "file,jar:file,bundleresource,bundleentry"; //$NON-NLS-1$

    private CiiSchema() {
    }

    /** Holder idiom: the schema is compiled (about a second) the first time a Factur-X is checked. */
    private static final class Compiled {
        static final Schema SCHEMA = compile();
    }

    private static Schema compile() {
        URL main = CiiSchema.class.getResource(MAIN);
        if (main == null) {
            throw new IllegalStateException("CII D16B schema missing from the bundle (" + MAIN + "): build it with Maven"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, LOCAL_ONLY);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
            return f.newSchema(main);
        } catch (SAXException e) {
            throw new IllegalStateException("CII D16B schema " + main, e); //$NON-NLS-1$
        }
    }

    /**
     * Validates {@code xml} (already parsed once, so known to hold no DOCTYPE).
     *
     * @throws SAXParseException the first error, with its line and column
     */
    static void validate(byte[] xml) throws SAXException, IOException {
        Validator v = Compiled.SCHEMA.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // a warning does not make the invoice wrong
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
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
