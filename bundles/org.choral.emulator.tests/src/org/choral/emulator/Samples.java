// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;

/** Invoices, lots and a small directory to feed the emulator in tests. */
final class Samples {

    /** Valid SIRETs (Luhn) used as supplier and recipients. */
    static final String SUPPLIER = "73282932000074";
    static final String PLAIN = "21910377700013"; // active, nothing required
    static final String WITH_SERVICE = "13002612300179"; // service required
    static final String WITH_ENGAGEMENT = "21540068000017"; // engagement required
    static final String SERVICE_OR_ENGAGEMENT = "11000201100044"; // one of the two
    static final String INACTIVE = "26750045200011"; // inactive structure
    static final String UNKNOWN = "55208131766522"; // valid, not in the directory

    private Samples() {
    }

    static List<Structure> directory() {
        return List.of(
                structure(PLAIN, "COMMUNE DE PLAINVILLE", true, false, false, false, List.of()),
                structure(WITH_SERVICE, "MINISTERE DES SERVICES", true, false, true, false, List.of(
                        new Service(WITH_SERVICE, "FACTURES_PUBLIQUES", "Factures publiques", true, false),
                        new Service(WITH_SERVICE, "OLD", "Service fermé", false, false),
                        new Service(WITH_SERVICE, "SERV", "Service actif", true, false),
                        new Service(WITH_SERVICE, "SERV-EJ", "Service exigeant un engagement", true, true))),
                structure(WITH_ENGAGEMENT, "HOPITAL A ENGAGEMENT", true, true, false, false, List.of()),
                structure(SERVICE_OR_ENGAGEMENT, "UNIVERSITE AU CHOIX", true, false, false, true,
                        List.of(new Service(SERVICE_OR_ENGAGEMENT, "COMPTA", "Comptabilité", true, false))),
                structure(INACTIVE, "SYNDICAT DISSOUS", false, false, false, false, List.of()),
                structure(SUPPLIER, "FOURNISSEUR SA", true, false, false, false, List.of()));
    }

    static Structure structure(String siret, String name, boolean active, boolean ej, boolean service, boolean either,
            List<Service> services) {
        return new Structure(siret, name, active, ej, service, either, true, "1 rue de la Paix", "75001", "PARIS", "FR",
                services);
    }

    /** One invoice's routing data. */
    record Inv(String number, String supplier, String recipient, String service, String engagement, boolean pdf) {
        static Inv of(String number, String recipient) {
            return new Inv(number, SUPPLIER, recipient, null, null, false);
        }

        Inv service(String code) {
            return new Inv(number, supplier, recipient, code, engagement, pdf);
        }

        Inv engagement(String ej) {
            return new Inv(number, supplier, recipient, service, ej, pdf);
        }

        Inv withPdf() {
            return new Inv(number, supplier, recipient, service, engagement, true);
        }

        Inv supplier(String siret) {
            return new Inv(number, siret, recipient, service, engagement, pdf);
        }

        String ubl() {
            StringBuilder b = new StringBuilder();
            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            b.append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"");
            b.append(" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"");
            b.append(" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n");
            b.append("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>\n");
            b.append("<cbc:ID>").append(number).append("</cbc:ID>\n");
            b.append("<cbc:IssueDate>2025-01-15</cbc:IssueDate>\n");
            b.append("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n");
            b.append("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n");
            if (service != null) {
                b.append("<cbc:BuyerReference>").append(service).append("</cbc:BuyerReference>\n");
            }
            if (engagement != null) {
                b.append("<cac:OrderReference><cbc:ID>").append(engagement).append("</cbc:ID></cac:OrderReference>\n");
            }
            if (pdf) {
                b.append("<cac:AdditionalDocumentReference><cbc:ID>").append(number).append("</cbc:ID>");
                b.append("<cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode=\"application/pdf\" filename=\"f.pdf\">");
                b.append(Base64.getEncoder().encodeToString(Samples.pdf())).append("</cbc:EmbeddedDocumentBinaryObject>");
                b.append("</cac:Attachment></cac:AdditionalDocumentReference>\n");
            }
            party(b, "AccountingSupplierParty", supplier);
            party(b, "AccountingCustomerParty", recipient);
            b.append("<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"EUR\">120.00</cbc:PayableAmount></cac:LegalMonetaryTotal>\n");
            b.append("<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID=\"EUR\">100.00</cbc:LineExtensionAmount>");
            b.append("<cac:Item><cbc:Name>Prestation</cbc:Name></cac:Item></cac:InvoiceLine>\n");
            b.append("</Invoice>\n");
            return b.toString();
        }

        private static void party(StringBuilder b, String role, String siret) {
            b.append("<cac:").append(role).append("><cac:Party>");
            if (siret != null) {
                b.append("<cac:PartyLegalEntity><cbc:RegistrationName>X</cbc:RegistrationName>");
                b.append("<cbc:CompanyID schemeID=\"0002\">").append(siret).append("</cbc:CompanyID></cac:PartyLegalEntity>");
            } else {
                b.append("<cac:PartyName><cbc:Name>Sans SIRET</cbc:Name></cac:PartyName>");
            }
            b.append("</cac:Party></cac:").append(role).append(">\n");
        }

        String cii() {
            StringBuilder b = new StringBuilder();
            b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            b.append("<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\"");
            b.append(" xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\"");
            b.append(" xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\">\n");
            b.append("<rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter>");
            b.append("<ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>\n");
            b.append("<rsm:ExchangedDocument><ram:ID>").append(number).append("</ram:ID><ram:TypeCode>380</ram:TypeCode>");
            b.append("<ram:IssueDateTime><udt:DateTimeString format=\"102\">20250115</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>\n");
            b.append("<rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement>");
            if (service != null) {
                b.append("<ram:BuyerReference>").append(service).append("</ram:BuyerReference>");
            }
            ciiParty(b, "SellerTradeParty", supplier);
            ciiParty(b, "BuyerTradeParty", recipient);
            if (engagement != null) {
                b.append("<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>").append(engagement);
                b.append("</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>");
            }
            b.append("</ram:ApplicableHeaderTradeAgreement>\n<ram:ApplicableHeaderTradeDelivery/>\n");
            b.append("<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>");
            b.append("<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:GrandTotalAmount>120.00</ram:GrandTotalAmount>");
            b.append("<ram:DuePayableAmount>120.00</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>");
            b.append("</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n");
            return b.toString();
        }

        private static void ciiParty(StringBuilder b, String role, String siret) {
            b.append("<ram:").append(role).append("><ram:Name>X</ram:Name>");
            if (siret != null) {
                b.append("<ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0002\">").append(siret);
                b.append("</ram:ID></ram:SpecifiedLegalOrganization>");
            }
            b.append("</ram:").append(role).append(">");
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A one-page PDF. */
    static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A PDF with {@code xml} embedded as {@code factur-x.xml} (or no attachment when null). */
    static byte[] facturX(String xml) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            if (xml != null) {
                PDEmbeddedFile file = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(utf8(xml)));
                file.setSubtype("text/xml");
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("factur-x.xml");
                spec.setFileUnicode("factur-x.xml");
                spec.setEmbeddedFile(file);
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("factur-x.xml", spec));
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                doc.getDocumentCatalog().setNames(names);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    /** A ustar tar.gz of {@code files}. */
    static byte[] tarGz(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                byte[] header = new byte[512];
                put(header, 0, e.getKey());
                put(header, 100, "0000644");
                put(header, 108, "0000000");
                put(header, 116, "0000000");
                put(header, 124, String.format("%011o", e.getValue().length));
                put(header, 136, String.format("%011o", 0));
                header[156] = '0';
                put(header, 257, "ustar");
                put(header, 263, "00");
                java.util.Arrays.fill(header, 148, 156, (byte) ' ');
                int sum = 0;
                for (byte x : header) {
                    sum += x & 0xff;
                }
                put(header, 148, String.format("%06o", sum));
                header[154] = 0;
                gz.write(header);
                gz.write(e.getValue());
                gz.write(new byte[(512 - e.getValue().length % 512) % 512]);
            }
            gz.write(new byte[1024]);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static void put(byte[] b, int at, String s) {
        byte[] v = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(v, 0, b, at, v.length);
    }

    /** Each invoice as {@code NUMBER.xml} (UBL). */
    static Map<String, byte[]> ublFiles(Inv... invoices) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Inv i : invoices) {
            files.put(i.number() + ".xml", utf8(i.ubl()));
        }
        return files;
    }
}
