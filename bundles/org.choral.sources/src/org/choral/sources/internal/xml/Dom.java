// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks a namespace-aware DOM with short paths such as {@code ram:BuyerTradeParty/ram:Name}, the
 * prefixes bound by the format (never by the document, which may use any prefix).
 */
final class Dom {

    private final Map<String, String> namespaces;

    Dom(Map<String, String> namespaces) {
        this.namespaces = namespaces;
    }

    /** The first element at {@code path} below {@code from}, or {@code null}. */
    Element first(Element from, String path) {
        List<Element> all = all(from, path);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every element at {@code path} below {@code from}, in document order. */
    List<Element> all(Element from, String path) {
        List<Element> current = new ArrayList<>();
        if (from != null) {
            current.add(from);
        }
        for (String step : path.split("/")) { //$NON-NLS-1$
            int colon = step.indexOf(':');
            String ns = namespaces.get(step.substring(0, colon));
            String local = step.substring(colon + 1);
            List<Element> next = new ArrayList<>();
            for (Element e : current) {
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element c && local.equals(c.getLocalName()) && ns.equals(c.getNamespaceURI())) {
                        next.add(c);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** The trimmed text at {@code path}, {@code null} when absent or blank. */
    String text(Element from, String path) {
        return text(first(from, path));
    }

    /** The trimmed text of {@code e}, {@code null} when absent or blank. */
    static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent().strip();
        return t.isEmpty() ? null : t;
    }

    /** The trimmed attribute, {@code null} when absent or blank. */
    static String attribute(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String t = e.getAttribute(name).strip();
        return t.isEmpty() ? null : t;
    }
}
