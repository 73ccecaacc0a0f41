// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cii;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.choral.core.api.Siret;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.flux.internal.i18n.Messages;
import org.choral.sources.api.FacturxXml;
import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Whether an invoice's PDF already is a Factur-X, and then whether it may be deposited as it is.
 * A PDF is taken as a Factur-X when the invoice was read from one, or when it carries an invoice
 * XML or Factur-X XMP metadata; any other PDF is made Factur-X by {@link PdfA3Maker}. A Factur-X
 * goes into the flux unchanged only when it is one Chorus Pro takes (Factur-X 1.0):
 * <ul>
 * <li>not encrypted, {@code factur-x.xml} embedded, XMP metadata declaring PDF/A-3 and a Factur-X
 * conformance level;</li>
 * <li>a profile that is an invoice under EN 16931: BASIC, EN 16931 or EXTENDED (MINIMUM and
 * BASIC WL carry neither lines nor VAT breakdown), the same in the XML (BT-24) as in the XMP;</li>
 * <li>a well-formed UN/CEFACT {@code CrossIndustryInvoice} valid against the CII D16B schema;</li>
 * <li>the header of the export: number (BT-1), type (BT-3), currency (BT-5), recipient SIRET when
 * the XML names one, totals without VAT (BT-109), of VAT (BT-110) and with VAT (BT-112).</li>
 * </ul>
 * Anything else is refused with the reason, for this invoice only.
 */
final class FacturxCheck implements PdfA3Maker.AsIs {

    private static final String PDFA_NS = "http://www.aiim.org/pdfa/ns/id/"; //$NON-NLS-1$
    private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"; //$NON-NLS-1$
    private static final String EN16931 = "EN 16931"; //$NON-NLS-1$
    private static final String MINIMUM = "MINIMUM"; //$NON-NLS-1$
    private static final String BASIC_WL = "BASIC WL"; //$NON-NLS-1$
    /** The Factur-X 1.0 profiles by their guideline identifier (BT-24). */
    private static final Map<String, String> PROFILES = Map.of(
            "urn:factur-x.eu:1p0:minimum", MINIMUM, //$NON-NLS-1$
            "urn:factur-x.eu:1p0:basicwl", BASIC_WL, //$NON-NLS-1$
            "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", "BASIC", //$NON-NLS-1$ //$NON-NLS-2$
            "urn:cen.eu:en16931:2017", EN16931, //$NON-NLS-1$
            "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", "EXTENDED"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Set<String> NOT_INVOICES = Set.of(MINIMUM, BASIC_WL);

    private final Invoice invoice;

    FacturxCheck(Invoice invoice) {
        this.invoice = invoice;
    }

    @Override
    public boolean keep(PDDocument doc) throws PdfA3Maker.Refusal, IOException {
        List<FacturxXml> attached = FacturxXml.all(doc);
        Xmp xmp = Xmp.of(doc);
        if (!invoice.isFacturx() && attached.isEmpty() && xmp.level() == null) {
            return false;
        }
        if (doc.isEncrypted()) {
            throw refused(Messages.Facturx_encrypted);
        }
        FacturxXml fx = attached.stream().filter(a -> FacturxXml.FACTURX.equalsIgnoreCase(a.name())).findFirst()
                .orElseThrow(() -> refused(attached.isEmpty() ? Messages.Facturx_noXml
                        : NLS.bind(Messages.Facturx_otherXml, attached.get(0).name())));
        if (xmp.problem() != null) {
            throw refused(NLS.bind(Messages.Facturx_xmpUnreadable, xmp.problem()));
        }
        if (!"3".equals(xmp.pdfaPart())) { //$NON-NLS-1$
            throw refused(Messages.Facturx_notPdfA3);
        }
        String level = profile(xmp.level());
        Element root;
        try {
            root = fx.parse().getDocumentElement();
        } catch (IOException e) {
            throw refused(e.getMessage());
        }
        if (!CiiWriter.NS_RSM.equals(root.getNamespaceURI()) || !"CrossIndustryInvoice".equals(root.getLocalName())) { //$NON-NLS-1$
            throw refused(NLS.bind(Messages.Facturx_notCii, root.getNodeName()));
        }
        String xmlLevel = PROFILES.get(text(root, "ExchangedDocumentContext", //$NON-NLS-1$
                "GuidelineSpecifiedDocumentContextParameter", "ID")); //$NON-NLS-1$ //$NON-NLS-2$
        if (xmlLevel != null && NOT_INVOICES.contains(xmlLevel)) {
            throw refused(NLS.bind(Messages.Facturx_notAnInvoice, xmlLevel));
        }
        // the framework written in BT-24 leaves no profile there: the XMP alone says it then
        if (xmlLevel != null && !xmlLevel.equals(level)) {
            throw refused(NLS.bind(Messages.Facturx_levelMismatch, xmlLevel, xmp.level()));
        }
        schema(fx.xml());
        List<String> differences = compare(root);
        if (!differences.isEmpty()) {
            throw refused(NLS.bind(Messages.Facturx_mismatch, String.join(" ; ", differences))); //$NON-NLS-1$
        }
        return true;
    }

    /** The XMP conformance level as a profile Chorus Pro takes, or the refusal saying why not. */
    private static String profile(String declared) throws PdfA3Maker.Refusal {
        if (declared == null) {
            throw refused(Messages.Facturx_noLevel);
        }
        String level = declared.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
        if ("EN16931".equals(level)) { //$NON-NLS-1$
            level = EN16931;
        }
        if (NOT_INVOICES.contains(level) || "BASICWL".equals(level)) { //$NON-NLS-1$
            throw refused(NLS.bind(Messages.Facturx_notAnInvoice, declared));
        }
        if (!PROFILES.containsValue(level)) {
            throw refused(NLS.bind(Messages.Facturx_unknownLevel, declared));
        }
        return level;
    }

    private static void schema(byte[] xml) throws PdfA3Maker.Refusal, IOException {
        try {
            CiiSchema.validate(xml);
        } catch (SAXParseException e) {
            throw refused(NLS.bind(Messages.Facturx_schema, new Object[] { e.getLineNumber(), e.getColumnNumber(),
                    e.getMessage() }));
        } catch (SAXException e) {
            throw refused(NLS.bind(Messages.Facturx_schema, new Object[] { "?", "?", e.getMessage() })); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** What differs between the XML and the export's header, one sentence each. */
    private List<String> compare(Element root) {
        List<String> out = new ArrayList<>();
        Element document = child(root, "ExchangedDocument"); //$NON-NLS-1$
        same(out, Messages.Facturx_fieldNumber, text(document, "ID"), invoice.number()); //$NON-NLS-1$
        String code = text(document, "TypeCode"); //$NON-NLS-1$
        if (code == null) {
            out.add(NLS.bind(Messages.Facturx_absent, Messages.Facturx_fieldType, invoice.type().code()));
        } else if (InvoiceType.ofDocumentCode(code) != invoice.type()) {
            out.add(NLS.bind(Messages.Facturx_differs, new Object[] { Messages.Facturx_fieldType, code,
                    invoice.type().code() }));
        }
        Element transaction = child(root, "SupplyChainTradeTransaction"); //$NON-NLS-1$
        String buyer = buyerSiret(child(child(transaction, "ApplicableHeaderTradeAgreement"), "BuyerTradeParty")); //$NON-NLS-1$ //$NON-NLS-2$
        if (buyer != null && invoice.siret() != null
                && !Objects.equals(Siret.normalize(buyer), Siret.normalize(invoice.siret()))) {
            out.add(NLS.bind(Messages.Facturx_differs, new Object[] { Messages.Facturx_fieldSiret, buyer, invoice.siret() }));
        }
        Element settlement = child(transaction, "ApplicableHeaderTradeSettlement"); //$NON-NLS-1$
        String currency = invoice.currency() == null ? Invoice.DEFAULT_CURRENCY : invoice.currency();
        same(out, Messages.Facturx_fieldCurrency, text(settlement, "InvoiceCurrencyCode"), currency); //$NON-NLS-1$
        Element sums = child(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation"); //$NON-NLS-1$
        amount(out, Messages.Facturx_fieldNet, text(sums, "TaxBasisTotalAmount"), invoice.amountWithoutTax()); //$NON-NLS-1$
        amount(out, Messages.Facturx_fieldTax, taxInCurrency(sums, currency), invoice.taxAmount());
        amount(out, Messages.Facturx_fieldGross, text(sums, "GrandTotalAmount"), invoice.amountWithTax()); //$NON-NLS-1$
        return out;
    }

    private static void same(List<String> out, String field, String xml, String export) {
        if (export != null && !export.strip().equals(xml)) {
            out.add(xml == null ? NLS.bind(Messages.Facturx_absent, field, export)
                    : NLS.bind(Messages.Facturx_differs, new Object[] { field, xml, export }));
        }
    }

    private static void amount(List<String> out, String field, String xml, BigDecimal export) {
        if (export == null) {
            return;
        }
        if (xml == null) {
            out.add(NLS.bind(Messages.Facturx_absent, field, export.toPlainString()));
            return;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(xml);
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || value.compareTo(export) != 0) {
            out.add(NLS.bind(Messages.Facturx_differs, new Object[] { field, xml, export.toPlainString() }));
        }
    }

    /** BT-110: the VAT total in the invoice currency (BT-111, in the accounting currency, has the same name). */
    private static String taxInCurrency(Element sums, String currency) {
        String any = null;
        for (Element e : children(sums, "TaxTotalAmount")) { //$NON-NLS-1$
            String c = e.getAttribute("currencyID"); //$NON-NLS-1$
            if (c.isEmpty() || c.equals(currency)) {
                return e.getTextContent().strip();
            }
            any = any == null ? e.getTextContent().strip() : any;
        }
        return any;
    }

    /**
     * The buyer's SIRET as Chorus Pro routes on it: its legal registration or a global identifier
     * in scheme {@code 0009} (ISO 6523) or {@code 1} (Chorus), else 14 digits without a scheme.
     */
    private static String buyerSiret(Element buyer) {
        List<Element> ids = new ArrayList<>(children(child(buyer, "SpecifiedLegalOrganization"), "ID")); //$NON-NLS-1$ //$NON-NLS-2$
        ids.addAll(children(buyer, "GlobalID")); //$NON-NLS-1$
        for (Element id : ids) {
            String scheme = id.getAttribute("schemeID"); //$NON-NLS-1$
            if ("0009".equals(scheme) || "1".equals(scheme)) { //$NON-NLS-1$ //$NON-NLS-2$
                return id.getTextContent().strip();
            }
        }
        return ids.stream().filter(id -> id.getAttribute("schemeID").isEmpty()) //$NON-NLS-1$
                .map(id -> id.getTextContent().replace(" ", "")).filter(t -> t.matches("[0-9]{14}")).findFirst() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .orElse(null);
    }

    private static PdfA3Maker.Refusal refused(String reason) {
        return new PdfA3Maker.Refusal(reason, true);
    }

    /** The text of the element reached by {@code path} (local names) from {@code from}, stripped; {@code null} when absent. */
    private static String text(Element from, String... path) {
        Element e = from;
        for (String name : path) {
            e = child(e, name);
        }
        return e == null ? null : e.getTextContent().strip();
    }

    private static Element child(Element parent, String localName) {
        List<Element> all = children(parent, localName);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * What the PDF's XMP metadata says: the Factur-X conformance level and the PDF/A part, both
     * read whether written as elements or as attributes of {@code rdf:Description}.
     *
     * @param problem why the packet could not be read, or {@code null}
     */
    private record Xmp(String level, String pdfaPart, String problem) {

        static Xmp of(PDDocument doc) throws IOException {
            PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return new Xmp(null, null, null);
            }
            Document xmp;
            try {
                xmp = FacturxXml.parse(metadata.toByteArray(), "XMP"); //$NON-NLS-1$
            } catch (IOException e) {
                return new Xmp(null, null, e.getMessage());
            }
            return new Xmp(value(xmp, PdfA3Maker.FX_NS, "ConformanceLevel"), value(xmp, PDFA_NS, "part"), null); //$NON-NLS-1$ //$NON-NLS-2$
        }

        private static String value(Document xmp, String ns, String name) {
            var elements = xmp.getElementsByTagNameNS(ns, name);
            if (elements.getLength() > 0) {
                return elements.item(0).getTextContent().strip();
            }
            var descriptions = xmp.getElementsByTagNameNS(RDF_NS, "Description"); //$NON-NLS-1$
            for (int i = 0; i < descriptions.getLength(); i++) {
                String v = ((Element) descriptions.item(i)).getAttributeNS(ns, name);
                if (!v.isEmpty()) {
                    return v.strip();
                }
            }
            return null;
        }
    }
}
