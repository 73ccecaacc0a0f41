// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.directory.Structure;
import org.choral.demo.internal.DemoDirectory.Recipients;

/**
 * The sample ERP export: about twenty invoices, most of them to three clients, twelve compliant and
 * one for each main anomaly kind. Dates are counted back from the day it is generated so that no
 * invoice is ever dated in the future; everything else is the same on every run.
 */
public final class DemoInvoices {

    static final String HEADER = "numero_facture;date_facture;type_facture;siret_client;nom_client;code_service;" //$NON-NLS-1$
            + "numero_engagement;montant_ht;montant_tva;montant_ttc;taux_tva;devise;fichier_pdf"; //$NON-NLS-1$
    private static final BigDecimal RATE = new BigDecimal("0.20"); //$NON-NLS-1$
    private static final String INVALID_SIRET = "21690123400019"; //$NON-NLS-1$ wrong key on purpose

    private final List<DemoInvoice> invoices = new ArrayList<>();
    private final LocalDate today;

    public DemoInvoices(Recipients r, LocalDate today) {
        this.today = today;
        String service = r.usableService().code();
        for (int i = 0; i < 5; i++) {
            add(r.plain(), "", "", 480 + 115 * i, true, null); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < 4; i++) {
            add(r.withServices(), service, "", 1250 + 320 * i, true, null); //$NON-NLS-1$
        }
        for (int i = 0; i < 3; i++) {
            add(r.engagement(), "", "EJ-2026-00" + (41 + i), 2100 + 450 * i, true, null); //$NON-NLS-1$ //$NON-NLS-2$
        }
        add(r.withServices(), "", "", 980, true, AnomalyCodes.SERVICE_REQUIRED); //$NON-NLS-1$ //$NON-NLS-2$
        add(r.withServices(), "COMPTABILITE", "", 640, true, AnomalyCodes.SERVICE_UNKNOWN); //$NON-NLS-1$ //$NON-NLS-2$
        add(r.engagement(), "", "", 3150, true, AnomalyCodes.ENGAGEMENT_REQUIRED); //$NON-NLS-1$ //$NON-NLS-2$
        add("", r.plain().name(), "", "", 720, true, AnomalyCodes.SIRET_MISSING); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        add(INVALID_SIRET, r.plain().name(), "", "", 310, true, AnomalyCodes.SIRET_INVALID); //$NON-NLS-1$ //$NON-NLS-2$
        add(r.unknownSiret(), "MAIRIE DE SAINT-GENIS", "", "", 415, true, AnomalyCodes.STRUCTURE_UNKNOWN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        add(r.inactive(), "", "", 860, true, AnomalyCodes.STRUCTURE_INACTIVE); //$NON-NLS-1$ //$NON-NLS-2$
        add(r.inactiveService(), r.inactiveServiceOf().code(), "", 1190, true, AnomalyCodes.SERVICE_INACTIVE); //$NON-NLS-1$
        add(r.publicInvoices(), "FACTURES_PUBLIQUES", "", 560, true, AnomalyCodes.SERVICE_FORBIDDEN); //$NON-NLS-1$ //$NON-NLS-2$
        add(r.serviceOrEngagement(), "", "", 1430, true, AnomalyCodes.SERVICE_OR_ENGAGEMENT_REQUIRED); //$NON-NLS-1$ //$NON-NLS-2$
        add(r.plain(), "", "", 1020, false, AnomalyCodes.PDF_MISSING); //$NON-NLS-1$ //$NON-NLS-2$
        DemoInvoice fine = row(r.plain().siret(), r.plain().name(), "", "", 1760, true, AnomalyCodes.AMOUNTS_INCONSISTENT); //$NON-NLS-1$ //$NON-NLS-2$
        // the ERP rounded the tax one way and the total another: ten euros apart
        invoices.add(new DemoInvoice(fine.number(), fine.date(), fine.siret(), fine.client(), "", "", fine.ht(), //$NON-NLS-1$ //$NON-NLS-2$
                fine.tva(), fine.ttc().add(BigDecimal.TEN), true, fine.expected()));
        // an invoice number the ERP exported twice (the second time for another amount)
        DemoInvoice first = invoices.get(0);
        invoices.add(new DemoInvoice(first.number(), first.date(), first.siret(), first.client(), "", "", //$NON-NLS-1$ //$NON-NLS-2$
                new BigDecimal("99.00"), new BigDecimal("19.80"), new BigDecimal("118.80"), true, AnomalyCodes.DUPLICATE_INVOICE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void add(Structure s, String service, String engagement, int ht, boolean pdf, String expected) {
        add(s.siret(), s.name(), service, engagement, ht, pdf, expected);
    }

    private void add(String siret, String client, String service, String engagement, int ht, boolean pdf, String expected) {
        invoices.add(row(siret, client, service, engagement, ht, pdf, expected));
    }

    private DemoInvoice row(String siret, String client, String service, String engagement, int ht, boolean pdf,
            String expected) {
        int n = invoices.size() + 1;
        BigDecimal net = BigDecimal.valueOf(ht).add(BigDecimal.valueOf(n * 7L % 100, 2));
        BigDecimal tax = net.multiply(RATE).setScale(2, RoundingMode.HALF_UP);
        return new DemoInvoice(String.format("FA2026-%04d", Integer.valueOf(100 + n)), today.minusDays(30 - n), //$NON-NLS-1$
                siret, client, service, engagement, net, tax, net.add(tax), pdf, expected);
    }

    public List<DemoInvoice> invoices() {
        return List.copyOf(invoices);
    }

    /** Writes the export ({@code ;}, UTF-8); PDF paths are relative to the export's folder. */
    public void writeExport(Path file, String pdfFolderName) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (DemoInvoice i : invoices) {
                w.write(String.join(";", i.number(), i.date().toString(), "FACTURE", i.siret(), i.client(), i.service(), //$NON-NLS-1$ //$NON-NLS-2$
                        i.engagement(), i.ht().toPlainString(), i.tva().toPlainString(), i.ttc().toPlainString(), "20", //$NON-NLS-1$
                        "EUR", pdfFolderName + '/' + i.pdfName())); //$NON-NLS-1$
                w.write('\n');
            }
        }
    }
}
