// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.validation;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Mustangproject's validator on one file: a CII or UBL XML (schema, then the CEN EN 16931
 * schematron, or the Factur-X one for a CII) or a Factur-X PDF (PDF/A-3 with veraPDF, the XMP
 * Factur-X metadata, then the embedded XML the same way). Its XML report is read back into
 * errors and warnings.
 */
final class MustangValidator {

    private MustangValidator() {
    }

    static Verdict validate(Path file) throws Exception {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(file.toString());
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(report)));
        collect(doc, "error", errors);
        collect(doc, "fatal", errors);
        collect(doc, "exception", errors);
        collect(doc, "warning", warnings);
        if (!validator.wasCompletelyValid() && errors.isEmpty()) {
            errors.add("the validator did not find the file completely valid; see its report");
        }
        return new Verdict(errors, warnings, report);
    }

    private static void collect(Document doc, String tag, List<String> into) {
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            StringBuilder b = new StringBuilder(e.getTextContent().strip());
            if (!e.getAttribute("location").isEmpty()) {
                b.append(" [at ").append(e.getAttribute("location")).append(']');
            }
            if (!e.getAttribute("criterion").isEmpty()) {
                b.append(" [").append(e.getAttribute("criterion")).append(']');
            }
            into.add(b.toString());
        }
    }
}
