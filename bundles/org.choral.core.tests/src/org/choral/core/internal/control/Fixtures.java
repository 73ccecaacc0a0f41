// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceLine;
import org.choral.core.api.invoice.InvoiceType;
import org.choral.core.api.invoice.SourcePosition;

/** Invoices, structures and PDFs for the control's tests and benchmark. */
public final class Fixtures {

    /** Valid SIRETs (Luhn-checked). */
    public static final String SIRET_OK = "21910377700013"; //$NON-NLS-1$
    public static final String SIRET_SERVICES = "13002612300179"; //$NON-NLS-1$

    private Fixtures() {
    }

    /** A one-page PDF written by PDFBox. */
    public static Path pdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }
        return file;
    }

    public static Structure structure(String siret, boolean active, boolean ge, boolean gs, boolean gse,
            Service... services) {
        return new Structure(siret, "Structure " + siret, active, ge, gs, gse, false, "1 rue de la Paix", "75001", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "PARIS", "FR", List.of(services)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A valid SIRET built from {@code n}: 13 digits then the Luhn key. */
    public static String siret(long n) {
        String base = String.format("%09d", n % 1_000_000_000L); //$NON-NLS-1$
        String siren = base.substring(0, 8) + luhnKey(base.substring(0, 8));
        String body = siren + String.format("%04d", n % 10_000L); //$NON-NLS-1$
        return body + luhnKey(body);
    }

    private static char luhnKey(String digits) {
        for (char k = '0'; k <= '9'; k++) {
            if (org.choral.core.api.Siret.luhn(digits + k)) {
                return k;
            }
        }
        throw new IllegalStateException();
    }

    /** A builder of invoices, compliant against a plain active structure until changed. */
    public static final class InvoiceBuilder {
        public String number = "F2024-001"; //$NON-NLS-1$
        public LocalDate date = LocalDate.of(2024, 1, 15);
        public InvoiceType type = InvoiceType.FACTURE;
        public String siret = SIRET_OK;
        public String service;
        public String engagement;
        public BigDecimal ht = new BigDecimal("100.00"); //$NON-NLS-1$
        public BigDecimal tva = new BigDecimal("20.00"); //$NON-NLS-1$
        public BigDecimal ttc = new BigDecimal("120.00"); //$NON-NLS-1$
        public String framework = "A1"; //$NON-NLS-1$
        public String validator;
        public Path pdf;
        public List<Path> attachments = new ArrayList<>();
        public List<InvoiceLine> lines = new ArrayList<>();
        public List<InputProblem> problems = new ArrayList<>();
        public SourcePosition position = new SourcePosition(Path.of("export.csv"), 2); //$NON-NLS-1$

        public InvoiceBuilder(Path pdf) {
            this.pdf = pdf;
        }

        public Invoice build() {
            return new Invoice(number, date, type, siret, "Client", service, engagement, null, ht, tva, ttc, //$NON-NLS-1$
                    new BigDecimal("20"), "EUR", framework, null, pdf, null, "30", null, validator, attachments, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    lines, position, problems);
        }
    }
}
