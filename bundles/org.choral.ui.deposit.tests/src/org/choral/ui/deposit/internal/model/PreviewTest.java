// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.choral.core.api.flux.ArchiveType;
import org.choral.core.api.flux.DepositDate;
import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxEstimate;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.flux.FluxOptions;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.flux.Supplier;
import org.choral.core.api.flux.Thresholds;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first page's preview: summary, warnings, and what blocks « Générer le flux ». */
class PreviewTest {

    private static final Thresholds SMALL = new Thresholds(1024 * 1024, 2);

    @TempDir
    Path dir;

    private Invoice invoice(String number, LocalDate date, Path pdf) {
        return new Invoice(number, date, InvoiceType.FACTURE, "21910377700013", "Commune", null, null, null, null, null,
                null, null, "EUR", null, null, pdf, null, null, null, null, List.of(), List.of(), null, List.of(), null);
    }

    private static FluxChoices choices(FluxMode mode, DepositDate date, boolean split, Path out) {
        return new FluxChoices(mode, "Factures de novembre", date, "IN_DP_E2_UBL_INVOICE_MIN", FacturxProfile.EN16931,
                ArchiveType.ZIP, out, split, FrameworkPlacement.BT_23);
    }

    private static final FluxFormat E2 = new FluxFormat() {
        @Override
        public String syntax() {
            return "IN_DP_E2_UBL_INVOICE_MIN";
        }

        @Override
        public String extension() {
            return "xml";
        }

        @Override
        public boolean requiresPdf() {
            return true;
        }

        @Override
        public List<String> supplierProblems(Supplier supplier, Invoice invoice) {
            return List.of();
        }

        @Override
        public long estimatedSize(Invoice invoice) {
            return 0;
        }

        @Override
        public void write(Invoice invoice, FluxOptions options, OutputStream out) {
            throw new UnsupportedOperationException();
        }
    };

    private List<Invoice> three() throws Exception {
        Path pdf = Files.write(dir.resolve("a.pdf"), new byte[10]);
        return List.of(invoice("F1", LocalDate.of(2026, 11, 2), pdf), invoice("F2", LocalDate.of(2026, 11, 3), pdf),
                invoice("F3", LocalDate.of(2026, 11, 3), null));
    }

    @Test
    void aLotOverTheThresholdsBlocksUntilSplitOrSequentialAndSaysHowManyLots() throws Exception {
        FluxEstimate over = new FluxEstimate(3, 3 * 1024 * 1024, true, 2);
        Preview blocked = Preview.of(three(), choices(FluxMode.LOT, DepositDate.TODAY, false, dir), E2, over, SMALL, List.of());
        assertTrue(blocked.overThresholds());
        assertTrue(blocked.blocking().contains("Découpez-le en 2 lots ou passez en dépôt séquentiel"), blocked.blocking());
        assertTrue(blocked.blocking().contains("(2 factures, 1,0 Mo)"), blocked.blocking());
        assertTrue(blocked.summary().startsWith("3 facture(s) dans un lot, environ 3,0 Mo"), blocked.summary());

        Preview split = Preview.of(three(), choices(FluxMode.LOT, DepositDate.TODAY, true, dir), E2, over, SMALL, List.of());
        assertNull(split.blocking());
        assertTrue(split.summary().startsWith("3 factures en 2 lots"), split.summary());
        assertTrue(split.warnings().get(0).contains("découpé en 2 lots"), split.warnings().toString());

        Preview sequential = Preview.of(three(), choices(FluxMode.SEQUENTIAL, DepositDate.TODAY, false, dir), E2, over,
                SMALL, List.of());
        assertNull(sequential.blocking());
        assertFalse(sequential.overThresholds());
        assertTrue(sequential.summary().startsWith("3 fichier(s), un par facture"), sequential.summary());
    }

    @Test
    void warnsOfInvoicesWithoutPdfAndOfOneLotPerInvoiceDate() throws Exception {
        FluxEstimate under = new FluxEstimate(3, 2000, false, 1);
        Preview p = Preview.of(three(), choices(FluxMode.LOT, DepositDate.INVOICE, false, dir), E2, under, SMALL, List.of());
        assertNull(p.blocking());
        assertEquals(2, p.warnings().size(), p.warnings().toString());
        assertTrue(p.warnings().get(0).contains("2 dates différentes"), p.warnings().get(0));
        assertTrue(p.warnings().get(1).startsWith("1 facture(s) sans PDF lisible (F3"), p.warnings().get(1));
    }

    @Test
    void supplierProblemsAndAMissingFolderBlockGeneration() throws Exception {
        FluxEstimate under = new FluxEstimate(3, 2000, false, 1);
        Preview noSupplier = Preview.of(three(), choices(FluxMode.LOT, DepositDate.TODAY, false, dir), E2, under, SMALL,
                List.of("Le SIRET de l'entreprise est manquant"));
        assertEquals("Le SIRET de l'entreprise est manquant", noSupplier.blocking());
        Preview noFolder = Preview.of(three(), choices(FluxMode.LOT, DepositDate.TODAY, false, null), E2, under, SMALL,
                List.of());
        assertEquals("Choisissez le dossier de sortie.", noFolder.blocking());
        Preview noFormat = Preview.of(three(), choices(FluxMode.LOT, DepositDate.TODAY, false, dir), null, null, SMALL,
                List.of());
        assertTrue(noFormat.blocking().startsWith("Aucun format de flux"), noFormat.blocking());
    }

    @Test
    void choicesMakeTheServiceRequestWithTheChosenFrameworkPlacementAndAnEmptyNameLeftToTheService() {
        Supplier s = new Supplier("13002612300179", "Fournisseur SA", null, null, null, null, null, null, null);
        FluxChoices choices = new FluxChoices(FluxMode.SEQUENTIAL, "  ", DepositDate.INVOICE, "IN_DP_E2_CII_FACTURX",
                FacturxProfile.BASIC, ArchiveType.TAR_GZ, dir, false, FrameworkPlacement.BT_23);
        FluxRequest r = choices.request(s, SMALL);
        assertNull(r.name());
        assertEquals(FluxMode.SEQUENTIAL, r.mode());
        assertEquals(DepositDate.INVOICE, r.depositDate());
        assertEquals(ArchiveType.TAR_GZ, r.archive());
        assertEquals(FacturxProfile.BASIC, r.options().profile());
        assertEquals(FrameworkPlacement.BT_23, r.options().frameworkPlacement());
        assertEquals(SMALL, r.thresholds());
        assertEquals(s, r.options().supplier());
        FluxChoices bt24 = new FluxChoices(FluxMode.LOT, "x", DepositDate.TODAY, "IN_DP_E1_CII_16B",
                FacturxProfile.EN16931, ArchiveType.ZIP, dir, false, FrameworkPlacement.BT_24);
        assertEquals(FrameworkPlacement.BT_24, bt24.request(s, SMALL).options().frameworkPlacement());
        assertEquals(FrameworkPlacement.BT_24, bt24.withSplit(true).withMode(FluxMode.SEQUENTIAL).framework());
    }

    @Test
    void sizesReadAsAFrenchUserWritesThem() {
        assertEquals("512 octets", Sizes.human(512));
        assertEquals("350 Ko", Sizes.human(350 * 1024));
        assertEquals("12,5 Mo", Sizes.human(12 * 1024 * 1024 + 512 * 1024));
    }
}
