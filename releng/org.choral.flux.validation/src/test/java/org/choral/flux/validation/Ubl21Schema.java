// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.validation;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The OASIS UBL 2.1 {@code Invoice} schema (the copy Mustangproject's validator ships), for the
 * E2 minimal UBL, which Chorus Pro checks against the schema only: its SIRETs carry Chorus Pro's
 * scheme {@code 1}, which the EN 16931 code lists do not know.
 */
final class Ubl21Schema {

    private static final String XSD = "schema/UBL_21/maindoc/UBL-Invoice-2.1.xsd";

    private static Schema schema;

    private Ubl21Schema() {
    }

    static synchronized Schema schema() throws Exception {
        if (schema == null) {
            URL xsd = Ubl21Schema.class.getClassLoader().getResource(XSD);
            if (xsd == null) {
                throw new IllegalStateException(XSD + " is not on the classpath (org.mustangproject:validator)");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        }
        return schema;
    }

    static Verdict validate(Path file) throws Exception {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Validator validator = schema().newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                warnings.add(describe(e));
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(describe(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(describe(e));
            }
        });
        validator.validate(new StreamSource(file.toFile()));
        return new Verdict(errors, warnings, String.join(System.lineSeparator(), errors));
    }

    private static String describe(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
    }
}
