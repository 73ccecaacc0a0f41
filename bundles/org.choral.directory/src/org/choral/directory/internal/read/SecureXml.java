// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that never resolve a DTD or an external entity: a spreadsheet part has no business
 * declaring either, and resolving them would let a crafted file read local files or blow up memory
 * (billion laughs). The readers report a DTD as an event, which the callers refuse.
 */
final class SecureXml {

    private static final XMLInputFactory FACTORY = create();

    private SecureXml() {
    }

    private static XMLInputFactory create() {
        // The JDK's own implementation, not whatever a bundle may have registered.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        return f;
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamReader(in);
        }
    }
}
