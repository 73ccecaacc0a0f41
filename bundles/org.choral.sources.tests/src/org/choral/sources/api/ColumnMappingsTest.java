// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.internal.csv.CsvInvoiceSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header reading, suggestions, checks, preview, and a saved mapping read back by the CSV source. */
class ColumnMappingsTest {

    /** An ERP that names its columns its own way, written by French Excel. */
    private static final String ERP_HEADER = "N° pièce;Date;Type;SIRET destinataire;Raison sociale;Code service;"
            + "N° engagement;N° marché;Montant HT;Montant TVA;Montant TTC;Taux TVA;Devise;Échéance;Mode de règlement;Commentaire\n";

    @TempDir
    Path dir;

    private Path erpExport(Charset charset) throws Exception {
        return Files.write(dir.resolve("export-erp.csv"), (ERP_HEADER
                + "F-001;15/01/2024;FACTURE;21910377700013;Commune de Massy;SERV1;ENG1;M1;100,00;20,00;120,00;20;EUR;15/02/2024;30;rien\n"
                + "F-002;32/13/2024;FACTURE;13002612300179;Ministère;;;;abc;20;120;20;EUR;;;\n"
                + "F-003;2024-01-17;AVOIR;13002612300179;Ministère;;;;50;10;60;20;EUR;;;\n").getBytes(charset));
    }

    @Test
    void readsTheHeadersWithTheSourcesDetectionAndOnlyTheRowsAsked() throws Exception {
        Path export = erpExport(Charset.forName("windows-1252"));
        ColumnMappings.Sample sample = ColumnMappings.sample(export, 2);
        assertEquals("N° pièce", sample.headers().get(0));
        assertEquals("Échéance", sample.headers().get(13));
        assertEquals(16, sample.headers().size());
        assertEquals(';', sample.separator());
        assertEquals(Charset.forName("windows-1252"), sample.charset());
        assertEquals(2, sample.rowCount());

        Path tabs = Files.writeString(dir.resolve("tabs.txt"), "Num facture\tDate facture\n1\t2024-01-01\n");
        assertEquals(List.of("Num facture", "Date facture"), ColumnMappings.sample(tabs, 5).headers());
        assertEquals('\t', ColumnMappings.sample(tabs, 5).separator());
    }

    @Test
    void suggestsByNameIgnoringCaseAccentsSpacesAndByCommonErpNames() throws Exception {
        List<String> headers = ColumnMappings.sample(erpExport(StandardCharsets.UTF_8), 1).headers();
        Map<String, String> s = ColumnMappings.suggest(headers, Map.of());
        assertEquals("N° pièce", s.get("numero_facture"));
        assertEquals("Date", s.get("date_facture"));
        assertEquals("Type", s.get("type_facture"));
        assertEquals("SIRET destinataire", s.get("siret_client"));
        assertEquals("Raison sociale", s.get("nom_client"));
        assertEquals("Code service", s.get("code_service"));
        assertEquals("N° engagement", s.get("numero_engagement"));
        assertEquals("N° marché", s.get("numero_marche"));
        assertEquals("Montant HT", s.get("montant_ht"));
        assertEquals("Montant TVA", s.get("montant_tva"));
        assertEquals("Montant TTC", s.get("montant_ttc"));
        assertEquals("Taux TVA", s.get("taux_tva"));
        assertEquals("Devise", s.get("devise"));
        assertEquals("Échéance", s.get("date_echeance"));
        assertEquals("Mode de règlement", s.get("mode_paiement"));
        assertTrue(!s.containsValue("Commentaire"), s.toString());
        assertEquals(s.size(), s.values().stream().distinct().count(), "a header suggested once: " + s);

        Map<String, String> other = ColumnMappings.suggest(List.of(" NUMERO_FACTURE ", "date facture", "Num facture",
                "Total HT EUR", "Date échéance"), Map.of());
        assertEquals(" NUMERO_FACTURE ", other.get("numero_facture"), "the canonical name wins over a synonym");
        assertEquals("date facture", other.get("date_facture"));
        assertEquals("Total HT EUR", other.get("montant_ht"));
        assertEquals("Date échéance", other.get("date_echeance"));
    }

    @Test
    void aSavedMappingWinsOverSuggestionsWhenItsHeaderExists() {
        List<String> headers = List.of("Pièce", "Date", "Date pièce");
        Map<String, String> s = ColumnMappings.suggest(headers, Map.of("date_facture", "date pièce", "numero_marche", "absent"));
        assertEquals("Date pièce", s.get("date_facture"));
        assertEquals("Pièce", s.get("numero_facture"));
        assertTrue(!s.containsKey("numero_marche"));
    }

    @Test
    void checksRequiredColumnsAndHeadersUsedTwice() {
        List<String> headers = List.of("Pièce", "Date", "numero_facture");
        assertEquals(List.of("date_facture"), ColumnMappings.missingRequired(headers, Map.of()),
                "numero_facture found under its canonical name");
        assertEquals(List.of(), ColumnMappings.missingRequired(headers, Map.of("date_facture", " date ")));
        assertEquals(List.of("numero_facture", "date_facture"), ColumnMappings.missingRequired(List.of("A", "B"), Map.of()));

        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("date_facture", "Date");
        twice.put("date_echeance", "DATE ");
        twice.put("numero_facture", "Pièce");
        assertEquals(Map.of("Date", List.of("date_facture", "date_echeance")), ColumnMappings.headersUsedTwice(twice));
    }

    @Test
    void previewsTheRowsAsTheSourceReadsThem() throws Exception {
        ColumnMappings.Sample sample = ColumnMappings.sample(erpExport(StandardCharsets.UTF_8), 5);
        Map<String, String> mapping = ColumnMappings.suggest(sample.headers(), Map.of());
        List<ColumnMappings.PreviewRow> rows = ColumnMappings.preview(sample, mapping);
        assertEquals(3, rows.size());
        assertEquals(2, rows.get(0).line());
        assertEquals("F-001", rows.get(0).cells().get("numero_facture"));
        assertEquals("21910377700013", rows.get(0).cells().get("siret_client"));
        assertEquals(List.of(), rows.get(0).problems());
        assertEquals(2, rows.get(1).problems().size(), rows.get(1).problems().toString());
        assertTrue(rows.get(1).problems().get(0).startsWith("date_facture : « 32/13/2024 »"), rows.get(1).problems().get(0));
        assertTrue(rows.get(1).problems().get(1).startsWith("montant_ht : « abc »"), rows.get(1).problems().get(1));
    }

    @Test
    void aSavedMappingIsReadBackAndReadsTheExport() throws Exception {
        Path export = erpExport(StandardCharsets.UTF_8);
        Map<String, String> mapping = new LinkedHashMap<>(ColumnMappings.suggest(ColumnMappings.sample(export, 1).headers(), Map.of()));
        mapping.put("libelle", "Désignation = article \\ #1");
        mapping.put("fichier_pdf", " ");
        Path file = dir.resolve("sub/correspondance.properties");
        ColumnMappings.save(file, mapping);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Correspondance des colonnes Choral"), text);
        assertTrue(text.contains("numero_facture=N° pièce\n"), "UTF-8, not \\u escapes: " + text);
        assertTrue(text.indexOf("numero_facture=") < text.indexOf("date_facture=") && text.indexOf("taux_tva=") < text.indexOf("libelle="),
                "canonical order: " + text);
        Map<String, String> back = ColumnMappings.load(file);
        mapping.remove("fichier_pdf");
        assertEquals(new java.util.TreeMap<>(mapping), back);
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of("correspondance.properties"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left behind");
        }

        SourceResult read = new CsvInvoiceSource().read(export, new SourceOptions(null, null, back), null);
        assertEquals(List.of("F-001", "F-002", "F-003"), read.invoices().stream().map(i -> i.number()).toList());
        assertEquals("21910377700013", read.invoices().get(0).siret());
    }

    @Test
    void anUnwritableMappingNamesTheFile() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        InvoiceSourceException e = assertThrows(InvoiceSourceException.class,
                () -> ColumnMappings.save(blocker.resolve("m.properties"), Map.of("numero_facture", "A")));
        assertTrue(e.getMessage().contains(blocker.resolve("m.properties").toString()), e.getMessage());
        assertEquals("x", Files.readString(blocker));
    }
}
