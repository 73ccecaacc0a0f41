// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInvoiceSourceTest {

    private static final String HEADER = "numero_facture;date_facture;type_facture;siret_client;nom_client;code_service;" //$NON-NLS-1$
            + "numero_engagement;numero_marche;montant_ht;montant_tva;montant_ttc;taux_tva;devise;cadre_facturation;" //$NON-NLS-1$
            + "fichier_pdf;date_echeance;mode_paiement;iban;code_structure_valideur;pieces_jointes\n"; //$NON-NLS-1$

    @TempDir
    Path dir;
    private final CsvInvoiceSource source = new CsvInvoiceSource();

    private Path write(String name, String text, Charset charset, boolean bom) throws IOException {
        byte[] body = text.getBytes(charset);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xef;
            bytes[1] = (byte) 0xbb;
            bytes[2] = (byte) 0xbf;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        return Files.write(dir.resolve(name), bytes);
    }

    private SourceResult read(Path file) throws InvoiceSourceException {
        return source.read(file, SourceOptions.defaults(), null);
    }

    @Test
    void canonicalLayoutWithBomReadsEveryField() throws Exception {
        Files.writeString(dir.resolve("annexe.pdf"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
        Path csv = write("export.csv", HEADER //$NON-NLS-1$
                + "2300634;2024-01-15;FACTURE;130 026 123 00179;Ministère;5G77;2021SERV005MI;M-12;1 000,50;200,10;1 200,60;20;EUR;A9;;15/02/2024;30;FR7630006000011234567890189;11000201100044;annexe.pdf\n", //$NON-NLS-1$
                StandardCharsets.UTF_8, true);
        SourceResult r = read(csv);
        assertEquals(1, r.invoices().size());
        Invoice i = r.invoices().get(0);
        assertEquals("2300634", i.number()); //$NON-NLS-1$
        assertEquals(LocalDate.of(2024, 1, 15), i.date());
        assertEquals(InvoiceType.FACTURE, i.type());
        assertEquals("130 026 123 00179", i.siret()); //$NON-NLS-1$
        assertEquals("Ministère", i.clientName()); //$NON-NLS-1$
        assertEquals("5G77", i.serviceCode()); //$NON-NLS-1$
        assertEquals("2021SERV005MI", i.engagement()); //$NON-NLS-1$
        assertEquals("M-12", i.marketNumber()); //$NON-NLS-1$
        assertEquals(new BigDecimal("1000.50"), i.amountWithoutTax()); //$NON-NLS-1$
        assertEquals(new BigDecimal("1200.60"), i.amountWithTax()); //$NON-NLS-1$
        assertEquals("A9", i.framework()); //$NON-NLS-1$
        assertEquals(LocalDate.of(2024, 2, 15), i.dueDate());
        assertEquals("FR7630006000011234567890189", i.iban()); //$NON-NLS-1$
        assertEquals("11000201100044", i.validatorSiret()); //$NON-NLS-1$
        assertEquals(dir.resolve("annexe.pdf"), i.attachments().get(0)); //$NON-NLS-1$
        assertEquals(dir.resolve("2300634.pdf"), i.pdf(), "empty fichier_pdf: <numero>.pdf"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, i.position().line());
        assertTrue(i.problems().isEmpty(), i.problems().toString());
    }

    @Test
    void commaSeparatorQuotedDecimalsAndWindows1252() throws Exception {
        Path csv = write("export.csv", "Numero_Facture , DATE_FACTURE,nom_client,montant_ht,montant_tva,montant_ttc\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "F1,15/01/2024,\"Hôpital, \"\"Nord\"\"\",\"100,00\",20.00,120\n", Charset.forName("windows-1252"), false); //$NON-NLS-1$ //$NON-NLS-2$
        Invoice i = read(csv).invoices().get(0);
        assertEquals("Hôpital, \"Nord\"", i.clientName()); //$NON-NLS-1$
        assertEquals(new BigDecimal("100.00"), i.amountWithoutTax()); //$NON-NLS-1$
        assertEquals(new BigDecimal("120"), i.amountWithTax()); //$NON-NLS-1$
        assertEquals(LocalDate.of(2024, 1, 15), i.date());
        assertEquals("A1", i.framework(), "default framework"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("30", i.paymentMeans(), "default payment means"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void tabSeparatorAndTypeCodes() throws Exception {
        Path csv = write("export.txt", "numero_facture\tdate_facture\ttype_facture\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "F1\t2024-01-15\t381\nF2\t2024-01-15\t380\n", StandardCharsets.UTF_8, false); //$NON-NLS-1$
        List<Invoice> invoices = read(csv).invoices();
        assertEquals(InvoiceType.AVOIR, invoices.get(0).type());
        assertEquals(InvoiceType.FACTURE, invoices.get(1).type());
    }

    @Test
    void negativeAmountsMakeACreditNoteWithPositiveAmounts() throws Exception {
        Path csv = write("export.csv", "numero_facture;date_facture;type_facture;montant_ht;montant_tva;montant_ttc\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "AV1;2024-01-15;FACTURE;-100,00;-20,00;-120,00\n", StandardCharsets.UTF_8, false); //$NON-NLS-1$
        Path lines = write("lignes.csv", "numero_facture;libelle;quantite;prix_unitaire_ht\nAV1;Remise;-2;50\n", //$NON-NLS-1$ //$NON-NLS-2$
                StandardCharsets.UTF_8, false);
        Invoice i = source.read(csv, new SourceOptions(lines, null, Map.of()), null).invoices().get(0);
        assertEquals(InvoiceType.AVOIR, i.type());
        assertEquals(new BigDecimal("120.00"), i.amountWithTax()); //$NON-NLS-1$
        assertEquals(new BigDecimal("100.00"), i.lines().get(0).netAmount(), "lines follow the sign"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void missingRequiredColumnNamesTheFileAndTheColumn() throws Exception {
        Path csv = write("export.csv", "numero_facture;siret_client\nF1;21910377700013\n", StandardCharsets.UTF_8, false); //$NON-NLS-1$ //$NON-NLS-2$
        InvoiceSourceException e = assertThrows(InvoiceSourceException.class, () -> read(csv));
        assertTrue(e.getMessage().contains("export.csv") && e.getMessage().contains("date_facture"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, e.position().line());
    }

    @Test
    void unreadableValuesAreProblemsWithLineAndFieldAndOtherRowsStayValid() throws Exception {
        Path csv = write("export.csv", "numero_facture;date_facture;montant_ttc;type_facture\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "F1;31/02/2024;12,3,4x;DEVIS\n" //$NON-NLS-1$
                + "\n" //$NON-NLS-1$
                + "F2;2024-01-15;10;AVOIR\n" //$NON-NLS-1$
                + "F3;;10;\n", StandardCharsets.UTF_8, false); //$NON-NLS-1$
        List<Invoice> invoices = read(csv).invoices();
        assertEquals(3, invoices.size());
        List<InputProblem> p = invoices.get(0).problems();
        assertEquals(List.of("date_facture", "type_facture", "montant_ttc"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                p.stream().map(InputProblem::field).toList());
        assertTrue(p.stream().allMatch(x -> x.position().line() == 2));
        assertTrue(p.get(0).message().contains("31/02/2024")); //$NON-NLS-1$
        assertTrue(invoices.get(1).problems().isEmpty());
        assertEquals(4, invoices.get(1).position().line(), "blank lines keep the numbering"); //$NON-NLS-1$
        assertEquals("date_facture", invoices.get(2).problems().get(0).field()); //$NON-NLS-1$
    }

    @Test
    void savedMappingRenamesTheErpColumns() throws Exception {
        Path mapping = write("erp.properties", "numero_facture=N° pièce\ndate_facture = Date\nsiret_client=SIRET destinataire\n", //$NON-NLS-1$ //$NON-NLS-2$
                StandardCharsets.UTF_8, false);
        Path csv = write("export.csv", "N° pièce;Date;SIRET destinataire\nP-1;2024-01-15;21910377700013\n", //$NON-NLS-1$ //$NON-NLS-2$
                StandardCharsets.UTF_8, false);
        Invoice i = source.read(csv, new SourceOptions(null, null, MappingFile.load(mapping)), null).invoices().get(0);
        assertEquals("P-1", i.number()); //$NON-NLS-1$
        assertEquals("21910377700013", i.siret()); //$NON-NLS-1$
        Path bad = write("bad.properties", "numero_factur=X\n", StandardCharsets.UTF_8, false); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(assertThrows(InvoiceSourceException.class, () -> MappingFile.load(bad)).getMessage()
                .contains("numero_factur")); //$NON-NLS-1$
    }

    @Test
    void linesFileAddsLinesAndReportsOrphans() throws Exception {
        Path csv = write("export.csv", "numero_facture;date_facture\nF1;2024-01-15\n", StandardCharsets.UTF_8, false); //$NON-NLS-1$ //$NON-NLS-2$
        Path lines = write("lignes.csv", "numero_facture;libelle;quantite;unite;prix_unitaire_ht;taux_tva\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "F1;Conseil;2;HUR;75,50;20\nF1;Frais;;;10;20\nF9;Perdue;1;;1;20\nF1;Bad;x;;1;20\n", //$NON-NLS-1$
                StandardCharsets.UTF_8, false);
        SourceResult r = source.read(csv, new SourceOptions(lines, null, Map.of()), null);
        Invoice i = r.invoices().get(0);
        assertEquals(3, i.lines().size());
        assertEquals("HUR", i.lines().get(0).unit()); //$NON-NLS-1$
        assertEquals("C62", i.lines().get(1).unit(), "default unit"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(BigDecimal.ONE, i.lines().get(1).quantity());
        assertNull(i.lines().get(2).quantity());
        assertEquals("quantite", i.problems().get(0).field()); //$NON-NLS-1$
        assertEquals(5, i.problems().get(0).position().line());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("F9")); //$NON-NLS-1$
    }

    @Test
    void pdfsAreMatchedAbsoluteRelativeOrByWindowsPath() throws Exception {
        Path pdfs = Files.createDirectories(dir.resolve("pdf")); //$NON-NLS-1$
        Files.createDirectories(dir.resolve("sous")); //$NON-NLS-1$
        Path inSub = Files.writeString(dir.resolve("sous/f2.pdf"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
        Path inPdfDir = Files.writeString(pdfs.resolve("f3.pdf"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
        Path byWindows = Files.writeString(pdfs.resolve("2300632.pdf"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
        Path byNumber = Files.writeString(pdfs.resolve("F5.pdf"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
        Path absolute = Files.writeString(dir.resolve("abs.pdf"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
        Path csv = write("export.csv", "numero_facture;date_facture;fichier_pdf\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "F1;2024-01-15;" + absolute + "\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "F2;2024-01-15;sous\\f2.pdf\n" //$NON-NLS-1$
                + "F3;2024-01-15;f3.pdf\n" //$NON-NLS-1$
                + "F4;2024-01-15;D:\\ACE\\DATA\\CLIENTS\\2300632.pdf\n" //$NON-NLS-1$
                + "F5;2024-01-15;\n" //$NON-NLS-1$
                + "F6;2024-01-15;absent.pdf\n", StandardCharsets.UTF_8, false); //$NON-NLS-1$
        List<Invoice> invoices = source.read(csv, new SourceOptions(null, pdfs, Map.of()), null).invoices();
        assertEquals(List.of(absolute, inSub, inPdfDir, byWindows, byNumber, dir.resolve("absent.pdf")), //$NON-NLS-1$
                invoices.stream().map(Invoice::pdf).toList());
    }

    @Test
    void amountsAndDatesParsers() {
        assertEquals(new BigDecimal("1234.56"), Values.amount("1.234,56")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(new BigDecimal("1234.56"), Values.amount("1,234.56")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(new BigDecimal("1234.56"), Values.amount("1\u202f234,56 €")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(new BigDecimal("-5"), Values.amount("-5")); //$NON-NLS-1$ //$NON-NLS-2$
        assertNull(Values.amount("abc")); //$NON-NLS-1$
        assertNull(Values.amount("-")); //$NON-NLS-1$
        assertEquals(LocalDate.of(2024, 3, 5), Values.date("5/3/2024")); //$NON-NLS-1$
        assertNull(Values.date("2024-13-01")); //$NON-NLS-1$
        assertNull(Values.date("15.01.2024")); //$NON-NLS-1$
    }
}
