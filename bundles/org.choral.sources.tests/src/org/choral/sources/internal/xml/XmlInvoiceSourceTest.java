// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceLine;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourceFormat;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlInvoiceSourceTest {

    @TempDir
    Path dir;

    private SourceResult read(String name, String xml) throws Exception {
        Path file = Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
        XmlInvoiceSource source = new XmlInvoiceSource(new EmbeddedFiles(dir.resolve("cache"))); //$NON-NLS-1$
        assertTrue(source.accepts(file), name);
        return source.read(file, SourceOptions.defaults(), null);
    }

    private static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    @Test
    void ublInvoiceMapsRoutingTotalsLinesPaymentAndItsEmbeddedPdf() throws Exception {
        byte[] pdf = Samples.pdf();
        SourceResult r = read("F-UBL-1.xml", Samples.ublInvoice("F-UBL-1", pdf)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), r.problems());
        Invoice i = r.invoices().get(0);
        assertEquals("F-UBL-1", i.number()); //$NON-NLS-1$
        assertEquals(LocalDate.of(2024, 1, 15), i.date());
        assertEquals(InvoiceType.FACTURE, i.type());
        assertEquals(Samples.SERVICES_SIRET, i.siret(), "the legal entity (Chorus scheme 1) wins over the endpoint"); //$NON-NLS-1$
        assertEquals("Ministère", i.clientName()); //$NON-NLS-1$
        assertEquals("5G77", i.serviceCode()); //$NON-NLS-1$
        assertEquals("ENG-2024-002", i.engagement()); //$NON-NLS-1$
        assertEquals("MARCHE-8", i.marketNumber()); //$NON-NLS-1$
        assertEquals(dec("100.00"), i.amountWithoutTax());
        assertEquals(dec("20.00"), i.taxAmount());
        assertEquals(dec("120.00"), i.amountWithTax());
        assertEquals(0, dec("20").compareTo(i.vatRate()));
        assertEquals("EUR", i.currency()); //$NON-NLS-1$
        assertEquals("A1", i.framework(), "a Peppol process is not a billing framework"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(LocalDate.of(2024, 2, 14), i.dueDate());
        assertEquals("30", i.paymentMeans()); //$NON-NLS-1$
        assertEquals("FR7630006000011234567890189", i.iban()); //$NON-NLS-1$
        assertEquals(SourceFormat.UBL, i.format());
        assertFalse(i.isFacturx());
        assertEquals(List.of(new InvoiceLine("Conseil", dec("2"), "DAY", dec("50.00"), dec("20"), i.position())), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                i.lines());
        assertEquals("F-UBL-1.pdf", i.pdfReference()); //$NON-NLS-1$
        assertArrayEquals(pdf, Files.readAllBytes(i.pdf()), "the embedded PDF is written out for the PDF rule"); //$NON-NLS-1$
        assertEquals(1, i.attachments().size());
        assertEquals("bon-de-livraison.csv", i.attachments().get(0).getFileName().toString()); //$NON-NLS-1$
        assertEquals("ref;qte\nA;1\n", Files.readString(i.attachments().get(0))); //$NON-NLS-1$
    }

    @Test
    void readingTheSameUblTwiceReusesItsExtractedPdf() throws Exception {
        String xml = Samples.ublInvoice("F-UBL-2", Samples.pdf()); //$NON-NLS-1$
        Path first = read("a.xml", xml).invoices().get(0).pdf(); //$NON-NLS-1$
        Path second = read("b.xml", xml).invoices().get(0).pdf(); //$NON-NLS-1$
        assertEquals(first, second);
    }

    @Test
    void ublCreditNoteIsAnAvoirWithPositiveAmountsAndNoPaymentMeans() throws Exception {
        Invoice i = read("A-1.xml", Samples.ublCreditNote("A-1")).invoices().get(0); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(InvoiceType.AVOIR, i.type());
        assertEquals(Samples.PLAIN_SIRET, i.siret(), "endpoint with scheme 0009"); //$NON-NLS-1$
        assertEquals("Commune", i.clientName()); //$NON-NLS-1$
        assertEquals(dec("12.00"), i.amountWithTax());
        assertNull(i.paymentMeans());
        assertEquals(dec("1"), i.lines().get(0).quantity());
        assertEquals(dec("10.00"), i.lines().get(0).netAmount());
        assertEquals(dir.resolve("A-1.pdf"), i.pdf(), "no PDF embedded: <number>.pdf beside the file is expected"); //$NON-NLS-1$
    }

    @Test
    void ciiMapsEveryFieldAndKeepsLinesAddingUpToTheTotal() throws Exception {
        Files.write(dir.resolve("F-CII-1.pdf"), Samples.pdf()); //$NON-NLS-1$
        SourceResult r = read("F-CII-1.xml", Samples.cii("F-CII-1", Samples.legalSiret(Samples.PLAIN_SIRET), "SERV")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of(), r.problems());
        Invoice i = r.invoices().get(0);
        assertEquals(SourceFormat.CII, i.format());
        assertEquals("F-CII-1", i.number()); //$NON-NLS-1$
        assertEquals(LocalDate.of(2024, 1, 15), i.date());
        assertEquals(Samples.PLAIN_SIRET, i.siret());
        assertEquals("Commune", i.clientName()); //$NON-NLS-1$
        assertEquals("SERV", i.serviceCode()); //$NON-NLS-1$
        assertEquals("ENG-2024-001", i.engagement()); //$NON-NLS-1$
        assertEquals("MARCHE-7", i.marketNumber()); //$NON-NLS-1$
        assertEquals("A2", i.framework(), "BT-23 carries the Chorus billing framework"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(dec("100.00"), i.amountWithoutTax());
        assertEquals(dec("20.00"), i.taxAmount());
        assertEquals(dec("120.00"), i.amountWithTax());
        assertEquals(LocalDate.of(2024, 2, 14), i.dueDate());
        assertEquals("FR7630006000011234567890189", i.iban()); //$NON-NLS-1$
        assertEquals(3, i.lines().size(), "two lines and the document allowance"); //$NON-NLS-1$
        assertEquals("HUR", i.lines().get(0).unit()); //$NON-NLS-1$
        assertEquals(0, dec("4.5").compareTo(i.lines().get(1).unitPrice()), "price per 10 brought to a unit price"); //$NON-NLS-1$
        assertEquals("Remise fidélité", i.lines().get(2).label()); //$NON-NLS-1$
        BigDecimal sum = i.lines().stream().map(InvoiceLine::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(i.amountWithoutTax()));
        assertEquals(dir.resolve("F-CII-1.pdf"), i.pdf()); //$NON-NLS-1$
    }

    @Test
    void unreadableValuesAreProblemsNamingTheElementAndTheField() throws Exception {
        String xml = Samples.cii("F-CII-2", Samples.legalSiret(Samples.PLAIN_SIRET), "S") //$NON-NLS-1$ //$NON-NLS-2$
                .replace("<ram:GrandTotalAmount>120.00", "<ram:GrandTotalAmount>12O,00") //$NON-NLS-1$ //$NON-NLS-2$
                .replace("20240115", "2024-13-45"); //$NON-NLS-1$ //$NON-NLS-2$
        Invoice i = read("bad-values.xml", xml).invoices().get(0); //$NON-NLS-1$
        assertEquals("F-CII-2", i.number(), "the invoice is still read"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("date_facture", "montant_ttc"), i.problems().stream().map(InputProblem::field).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(i.problems().get(1).message().contains("ram:GrandTotalAmount"), i.problems().get(1).message()); //$NON-NLS-1$
        assertTrue(i.problems().get(1).describe().contains("bad-values.xml"), i.problems().get(1).describe()); //$NON-NLS-1$
    }

    @Test
    void externalEntitiesAreRefusedWithAMessageAndNothingLeaks() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MOT-DE-PASSE"); //$NON-NLS-1$ //$NON-NLS-2$
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"" //$NON-NLS-1$
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"><cbc:ID>&x;</cbc:ID></Invoice>"; //$NON-NLS-1$
        SourceResult r = read("xxe.xml", xxe); //$NON-NLS-1$
        assertEquals(List.of(), r.invoices());
        String message = r.problems().get(0).message();
        assertTrue(message.contains("xxe.xml") && message.contains("DOCTYPE"), message); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(message.contains("MOT-DE-PASSE")); //$NON-NLS-1$
    }

    @Test
    void billionLaughsIsRefusedQuickly() throws Exception {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"); //$NON-NLS-1$
        for (int n = 1; n <= 9; n++) {
            b.append("<!ENTITY lol").append(n).append(" \"") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(("&lol" + (n == 1 ? "" : String.valueOf(n - 1)) + ";").repeat(10)).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        b.append("]>\n<lolz>&lol9;</lolz>"); //$NON-NLS-1$
        SourceResult r = read("lol.xml", b.toString()); //$NON-NLS-1$
        assertTrue(r.problems().get(0).message().contains("DOCTYPE"), r.problems().get(0).message()); //$NON-NLS-1$
    }

    @Test
    void aDoctypeHiddenAfterALongCommentIsRefusedByTheParserItself() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<!--" + "x".repeat(10_000) + "-->\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>"; //$NON-NLS-1$
        SourceResult r = read("hidden.xml", xml); //$NON-NLS-1$
        assertEquals(List.of(), r.invoices());
        assertTrue(r.problems().get(0).message().contains("hidden.xml"), r.problems().get(0).message()); //$NON-NLS-1$
        assertFalse(r.problems().get(0).message().contains("root:")); //$NON-NLS-1$
    }

    @Test
    void otherXmlAndBrokenXmlAreProblemsNamingTheFile() throws Exception {
        SourceResult other = read("commande.xml", "<Order xmlns=\"urn:example\"/>"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(other.problems().get(0).message().contains("commande.xml"), other.problems().get(0).message()); //$NON-NLS-1$
        assertTrue(other.problems().get(0).message().contains("CrossIndustryInvoice")); //$NON-NLS-1$
        SourceResult broken = read("coupe.xml", "<Invoice>\n<cbc:ID>1</cbc"); //$NON-NLS-1$ //$NON-NLS-2$
        String message = broken.problems().get(0).message();
        assertTrue(message.contains("coupe.xml") && message.contains("ligne 2"), message); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void xmlIsRecognisedByItsContentWhateverItsName() throws Exception {
        Path dat = Files.writeString(dir.resolve("export-cii.dat"), Samples.cii("F1", "", "S")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        XmlInvoiceSource source = new XmlInvoiceSource(new EmbeddedFiles(dir));
        assertTrue(source.accepts(dat));
        assertFalse(source.accepts(Files.writeString(dir.resolve("export.txt"), "numero_facture;date_facture\n"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(source.accepts(Files.write(dir.resolve("f.pdf"), Samples.pdf()))); //$NON-NLS-1$
    }

    @Test
    void safeNamesKeepTheExtensionAndStayWithinFiftyCharacters() {
        assertEquals("passwd", EmbeddedFiles.safe("../../etc/passwd")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("a_b.pdf", EmbeddedFiles.safe("C:\\x\\a:b.pdf")); //$NON-NLS-1$ //$NON-NLS-2$
        String longName = EmbeddedFiles.safe("x".repeat(80) + ".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(50, longName.length());
        assertTrue(longName.endsWith(".pdf")); //$NON-NLS-1$
        assertEquals("document", EmbeddedFiles.safe("..")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
