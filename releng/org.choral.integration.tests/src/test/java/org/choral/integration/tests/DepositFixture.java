// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a deposit run needs, written with plain Java: a two-structure directory (recipient and
 * supplier, as the two CSV sheets), a supplier file, and an ERP CSV export of compliant invoices,
 * each with a small valid one-page PDF.
 */
final class DepositFixture {

    static final String SUPPLIER = "73282932000074";
    static final String RECIPIENT = "21910377700013";
    static final String SYNTAX = "IN_DP_E1_UBL_INVOICE";

    final Path structures;
    final Path services;
    final Path supplier;
    final Path export;
    final List<String> numbers;

    private DepositFixture(Path structures, Path services, Path supplier, Path export, List<String> numbers) {
        this.structures = structures;
        this.services = services;
        this.supplier = supplier;
        this.export = export;
        this.numbers = List.copyOf(numbers);
    }

    /** Writes everything under {@code dir}; invoice numbers are {@code prefix00001}… */
    static DepositFixture write(Path dir, String prefix, int invoices) throws IOException {
        Files.createDirectories(dir);
        Path structures = dir.resolve("structures.csv");
        Files.writeString(structures, String.join(";", "TypeIdentifiant", "Identifiant", "RaisonSociale", "EmetteurEdi",
                "RecepteurEdi", "GestionStatutMiseEnPaiement", "GestionEngagement", "GestionService",
                "GestionServiceEngagement", "EstMOA", "EstMOAUniquement", "StructureActive", "Adresse",
                "ComplementAdresse1", "ComplementAdresse2", "CodePostal", "Ville", "NumTelephone", "Courriel", "CodePays",
                "LibellePays") + "\n"
                + "SIRET;" + RECIPIENT + ";COMMUNE DE PLAINVILLE;false;false;true;false;false;false;false;false;true;"
                + "1 place de la Mairie;;;91000;PLAINVILLE;;;FR;FRANCE\n"
                + "SIRET;" + SUPPLIER + ";FOURNISSEUR SA;false;false;false;false;false;false;false;false;true;"
                + "1 rue de la Paix;;;75001;PARIS;;;FR;FRANCE\n", StandardCharsets.UTF_8);
        Path services = dir.resolve("services.csv");
        Files.writeString(services, "Identifiant;RaisonSociale;Code;Nom;GestionEGMT;ServiceActif;Adresse;"
                + "ComplementAdresse1;ComplementAdresse2;CodePostal;Ville;NumTelephone;Courriel;CodePays;LibellePays\n",
                StandardCharsets.UTF_8);
        Path supplier = dir.resolve("fournisseur.properties");
        Files.writeString(supplier, "siret=" + SUPPLIER + "\nnom=FOURNISSEUR SA\ntva=FR44732829320\n"
                + "iban=FR7630006000011234567890189\nbic=AGRIFRPP\nadresse=1 rue de la Paix\ncode_postal=75001\n"
                + "ville=PARIS\npays=FR\n", StandardCharsets.UTF_8);
        Path invoicesDir = Files.createDirectories(dir.resolve("factures"));
        StringBuilder csv = new StringBuilder(
                "numero_facture;date_facture;siret_client;nom_client;montant_ht;montant_tva;montant_ttc;taux_tva\n");
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= invoices; i++) {
            String number = prefix + String.format("%05d", i);
            numbers.add(number);
            Files.write(invoicesDir.resolve(number + ".pdf"), pdf("Facture " + number));
            csv.append(number).append(";2026-11-02;").append(RECIPIENT)
                    .append(";COMMUNE DE PLAINVILLE;100.00;20.00;120.00;20\n");
        }
        Path export = invoicesDir.resolve("export.csv");
        Files.writeString(export, csv, StandardCharsets.UTF_8);
        return new DepositFixture(structures, services, supplier, export, numbers);
    }

    /** A minimal valid PDF: one A4 page with one line of text, and an exact cross-reference table. */
    static byte[] pdf(String text) {
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                stream("BT /F1 12 Tf 72 770 Td (" + text + ") Tj ET"),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length()); // ASCII only: characters are bytes
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String stream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }
}
