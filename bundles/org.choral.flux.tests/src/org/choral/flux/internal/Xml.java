// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal;

import java.io.ByteArrayInputStream;
import java.util.Iterator;
import java.util.Map;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A parsed XML document read back with XPath (UBL and CII prefixes bound). */
public final class Xml {

    private static final Map<String, String> NS = Map.of(
            "ubl", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", //$NON-NLS-1$ //$NON-NLS-2$
            "ublcn", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", //$NON-NLS-1$ //$NON-NLS-2$
            "cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", //$NON-NLS-1$ //$NON-NLS-2$
            "cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2", //$NON-NLS-1$ //$NON-NLS-2$
            "rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100", //$NON-NLS-1$ //$NON-NLS-2$
            "ram", "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100", //$NON-NLS-1$ //$NON-NLS-2$
            "udt", "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100", //$NON-NLS-1$ //$NON-NLS-2$
            "qdt", "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"); //$NON-NLS-1$ //$NON-NLS-2$

    private final Document doc;
    private final XPath xpath;

    public Xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NS.get(prefix);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    public String text(String path) throws Exception {
        return xpath.evaluate(path, doc);
    }

    public int count(String path) throws Exception {
        return ((NodeList) xpath.evaluate(path, doc, XPathConstants.NODESET)).getLength();
    }
}
