// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.portal.Flux;

/** A small directory for the emulator, and UBL invoices and lots it accepts. */
final class Invoices {

    static final String SUPPLIER = "73282932000074";
    static final String PLAIN = "21910377700013";
    static final String WITH_SERVICE = "13002612300179";
    static final String WITH_ENGAGEMENT = "21540068000017";
    static final String INACTIVE = "26750045200011";
    static final String UNKNOWN = "55208131766522";
    static final String UBL = "IN_DP_E1_UBL_INVOICE";
    /** Written in every invoice and nowhere else: it must never reach a log. */
    static final String CONTENT_MARKER = "LIGNE-CONFIDENTIELLE-4242";

    private Invoices() {
    }

    static List<Structure> directory() {
        return List.of(structure(PLAIN, "COMMUNE DE PLAINVILLE", true, false, false, List.of()),
                structure(WITH_SERVICE, "MINISTERE DES SERVICES", true, false, true, List.of(
                        new Service(WITH_SERVICE, "SERV", "Service actif", true, false),
                        new Service(WITH_SERVICE, "OLD", "Service ferm\u00e9", false, false),
                        new Service(WITH_SERVICE, "SERV-EJ", "Service exigeant un engagement", true, true))),
                structure(WITH_ENGAGEMENT, "HOPITAL A ENGAGEMENT", true, true, false, List.of()),
                structure(INACTIVE, "SYNDICAT DISSOUS", false, false, false, List.of()),
                structure(SUPPLIER, "FOURNISSEUR SA", true, false, false, List.of()));
    }

    private static Structure structure(String siret, String name, boolean active, boolean ej, boolean service,
            List<Service> services) {
        return new Structure(siret, name, active, ej, service, false, true, "1 rue de la Paix", "75001", "PARIS", "FR",
                services);
    }

    /** A UBL 2.1 invoice from the supplier to {@code recipient}. */
    static String ubl(String number, String recipient) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                + " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
                + "<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>\n"
                + "<cbc:ID>" + number + "</cbc:ID>\n<cbc:IssueDate>2025-01-15</cbc:IssueDate>\n"
                + "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n"
                + party("AccountingSupplierParty", SUPPLIER) + party("AccountingCustomerParty", recipient)
                + "<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"EUR\">120.00</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
                + "<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID=\"EUR\">100.00</cbc:LineExtensionAmount>"
                + "<cac:Item><cbc:Name>" + CONTENT_MARKER + "</cbc:Name></cac:Item></cac:InvoiceLine>\n</Invoice>\n";
    }

    private static String party(String role, String siret) {
        return "<cac:" + role + "><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>X</cbc:RegistrationName>"
                + "<cbc:CompanyID schemeID=\"0002\">" + siret + "</cbc:CompanyID></cac:PartyLegalEntity></cac:Party></cac:"
                + role + ">\n";
    }

    /** One invoice as a bare XML file, several as a ZIP lot; a number starting BAD goes to an unknown SIRET. */
    static Flux flux(Path folder, List<String> numbers) throws IOException {
        if (numbers.size() == 1) {
            Path file = Files.writeString(folder.resolve(numbers.get(0) + ".xml"), ubl(numbers.get(0), recipient(numbers.get(0))),
                    StandardCharsets.UTF_8);
            return Flux.of(file, UBL, numbers);
        }
        Path zip = folder.resolve("lot-" + numbers.get(0) + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : numbers) {
                z.putNextEntry(new ZipEntry(n + ".xml"));
                z.write(ubl(n, recipient(n)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return Flux.of(zip, UBL, numbers);
    }

    private static String recipient(String number) {
        return number.startsWith("BAD") ? UNKNOWN : PLAIN;
    }
}
