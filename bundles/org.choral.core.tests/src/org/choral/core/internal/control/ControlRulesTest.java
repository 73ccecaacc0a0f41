// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.InvoiceResult;
import org.choral.core.api.control.Severity;
import org.choral.core.api.directory.Service;
import org.choral.core.api.invoice.InputProblem;
import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.InvoiceLine;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.core.internal.control.Fixtures.InvoiceBuilder;
import org.choral.core.internal.control.rules.BuiltInRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every anomaly code of the built-in rules, through the whole control. */
class ControlRulesTest {

    private static final Instant NOW = Instant.parse("2024-02-01T10:00:00Z"); //$NON-NLS-1$
    private static final String SIRET_GS = Fixtures.siret(110);
    private static final String SIRET_GE = Fixtures.siret(220);
    private static final String SIRET_GSE = Fixtures.siret(330);
    private static final String SIRET_INACTIVE = Fixtures.siret(440);

    @TempDir
    Path dir;
    private Path pdf;
    private InMemoryDirectory directory;
    private final DefaultControlService control = new DefaultControlService(BuiltInRules.all(),
            Clock.fixed(NOW, ZoneId.of("Europe/Paris"))); //$NON-NLS-1$

    @BeforeEach
    void setUp() throws IOException {
        pdf = Fixtures.pdf(dir.resolve("facture.pdf")); //$NON-NLS-1$
        directory = new InMemoryDirectory(NOW.minus(Duration.ofDays(3)), List.of(
                Fixtures.structure(Fixtures.SIRET_OK, true, false, false, false),
                Fixtures.structure(SIRET_GS, true, false, true, false,
                        new Service(SIRET_GS, "SERV-A", "Achats", true, false), //$NON-NLS-1$ //$NON-NLS-2$
                        new Service(SIRET_GS, "SERV-EJ", "Travaux", true, true), //$NON-NLS-1$ //$NON-NLS-2$
                        new Service(SIRET_GS, "SERV-OFF", "Ferme", false, false)), //$NON-NLS-1$ //$NON-NLS-2$
                Fixtures.structure(SIRET_GE, true, true, false, false),
                Fixtures.structure(SIRET_GSE, true, false, false, true),
                Fixtures.structure(SIRET_INACTIVE, false, false, false, false)));
    }

    private InvoiceBuilder invoice() {
        return new InvoiceBuilder(pdf);
    }

    private InvoiceResult check(Invoice invoice) {
        return control.check(List.of(invoice), directory, null).results().get(0);
    }

    private static List<String> codes(InvoiceResult r) {
        return r.anomalies().stream().map(Anomaly::code).toList();
    }

    private Anomaly only(Invoice invoice, String code) {
        InvoiceResult r = check(invoice);
        assertEquals(List.of(code), codes(r), r.anomalies().toString());
        return r.anomalies().get(0);
    }

    @Test
    void aCorrectInvoiceIsCompliantWithStructureFlagsAndNoServiceFlags() {
        InvoiceResult r = check(invoice().build());
        assertTrue(r.compliant(), r.anomalies().toString());
        assertEquals(Boolean.TRUE, r.flags().structureActive());
        assertEquals(Boolean.FALSE, r.flags().structureServiceRequired());
        assertNull(r.flags().serviceActive());
    }

    @Test
    void siretMissingUsesTheReferenceWording() {
        InvoiceBuilder b = invoice();
        b.siret = null;
        Anomaly a = only(b.build(), AnomalyCodes.SIRET_MISSING);
        assertEquals("Le client n'a pas de numéro de SIRET", a.message()); //$NON-NLS-1$
        assertEquals(2, a.line());
        assertEquals("siret_client", a.field()); //$NON-NLS-1$
    }

    @Test
    void siretInvalidForLengthLettersAndChecksumButLaPosteAccepted() {
        InvoiceBuilder b = invoice();
        b.siret = "2191037770001"; //$NON-NLS-1$
        assertTrue(only(b.build(), AnomalyCodes.SIRET_INVALID).message().contains("13")); //$NON-NLS-1$
        b.siret = "2191O377700013"; //$NON-NLS-1$
        only(b.build(), AnomalyCodes.SIRET_INVALID);
        b.siret = "21910377700014"; //$NON-NLS-1$
        only(b.build(), AnomalyCodes.SIRET_INVALID);
        b.siret = "35600000000048"; // La Poste: digit sum 35 //$NON-NLS-1$
        only(b.build(), AnomalyCodes.STRUCTURE_UNKNOWN);
        b.siret = "219 103 777 00013"; // spaces are fine //$NON-NLS-1$
        assertTrue(check(b.build()).compliant());
    }

    @Test
    void structureUnknownAndInactive() {
        InvoiceBuilder b = invoice();
        b.siret = Fixtures.siret(999);
        InvoiceResult r = check(b.build());
        assertEquals(List.of(AnomalyCodes.STRUCTURE_UNKNOWN), codes(r));
        assertNull(r.flags().structureActive(), "no flags for an unknown structure"); //$NON-NLS-1$
        b.siret = SIRET_INACTIVE;
        r = check(b.build());
        assertEquals(List.of(AnomalyCodes.STRUCTURE_INACTIVE), codes(r));
        assertEquals(Boolean.FALSE, r.flags().structureActive());
    }

    @Test
    void serviceRequiredUnknownInactiveAndForbidden() {
        InvoiceBuilder b = invoice();
        b.siret = SIRET_GS;
        only(b.build(), AnomalyCodes.SERVICE_REQUIRED);
        b.service = "SERV"; //$NON-NLS-1$
        assertEquals("Le service SERV n'existe pas dans l'annuaire Chorus", //$NON-NLS-1$
                only(b.build(), AnomalyCodes.SERVICE_UNKNOWN).message());
        b.service = "serv-a"; //$NON-NLS-1$
        assertTrue(only(b.build(), AnomalyCodes.SERVICE_UNKNOWN).message().contains("SERV-A")); //$NON-NLS-1$
        b.service = " SERV-A "; // trimmed //$NON-NLS-1$
        InvoiceResult ok = check(b.build());
        assertTrue(ok.compliant());
        assertEquals(Boolean.TRUE, ok.flags().serviceActive());
        assertEquals(Boolean.FALSE, ok.flags().serviceEngagementRequired());
        b.service = "SERV-OFF"; //$NON-NLS-1$
        only(b.build(), AnomalyCodes.SERVICE_INACTIVE);
        b.service = "FACTURES_PUBLIQUES"; //$NON-NLS-1$
        only(b.build(), AnomalyCodes.SERVICE_FORBIDDEN);
        b.siret = Fixtures.SIRET_OK; // a code given to a structure that does not manage services is still checked
        b.service = "SERV"; //$NON-NLS-1$
        only(b.build(), AnomalyCodes.SERVICE_UNKNOWN);
    }

    @Test
    void engagementRequiredByStructureOrService() {
        InvoiceBuilder b = invoice();
        b.siret = SIRET_GE;
        only(b.build(), AnomalyCodes.ENGAGEMENT_REQUIRED);
        b.engagement = "EJ-1"; //$NON-NLS-1$
        assertTrue(check(b.build()).compliant());
        b = invoice();
        b.siret = SIRET_GS;
        b.service = "SERV-EJ"; //$NON-NLS-1$
        assertTrue(only(b.build(), AnomalyCodes.ENGAGEMENT_REQUIRED).message().contains("SERV-EJ")); //$NON-NLS-1$
    }

    @Test
    void serviceOrEngagementRequired() {
        InvoiceBuilder b = invoice();
        b.siret = SIRET_GSE;
        only(b.build(), AnomalyCodes.SERVICE_OR_ENGAGEMENT_REQUIRED);
        b.engagement = "EJ"; //$NON-NLS-1$
        assertTrue(check(b.build()).compliant());
    }

    @Test
    void engagementTooLong() {
        InvoiceBuilder b = invoice();
        b.engagement = "E".repeat(51); //$NON-NLS-1$
        only(b.build(), AnomalyCodes.ENGAGEMENT_TOO_LONG);
        b.engagement = "E".repeat(50); //$NON-NLS-1$
        assertTrue(check(b.build()).compliant());
    }

    @Test
    void pdfMissingUnreadableAndTooLarge() throws IOException {
        InvoiceBuilder b = invoice();
        b.pdf = null;
        assertEquals("Le fichier PDF de la facture est introuvable", only(b.build(), AnomalyCodes.PDF_MISSING).message()); //$NON-NLS-1$
        b.pdf = dir.resolve("absent.pdf"); //$NON-NLS-1$
        assertTrue(only(b.build(), AnomalyCodes.PDF_MISSING).message()
                .startsWith("Le fichier PDF de la facture est introuvable")); //$NON-NLS-1$
        b.pdf = Files.writeString(dir.resolve("texte.pdf"), "pas un PDF"); //$NON-NLS-1$ //$NON-NLS-2$
        only(b.build(), AnomalyCodes.PDF_UNREADABLE);
        byte[] good = Files.readAllBytes(pdf);
        b.pdf = Files.write(dir.resolve("tronque.pdf"), java.util.Arrays.copyOf(good, good.length / 2)); //$NON-NLS-1$
        only(b.build(), AnomalyCodes.PDF_UNREADABLE);
        b.pdf = Files.writeString(dir.resolve("faux.pdf"), "%PDF-1.4\ngarbage\n%%EOF\n"); //$NON-NLS-1$ //$NON-NLS-2$
        only(b.build(), AnomalyCodes.PDF_UNREADABLE);
        b.pdf = sparse("gros.pdf", 10L * 1024 * 1024 + 1); //$NON-NLS-1$
        only(b.build(), AnomalyCodes.PDF_TOO_LARGE);
    }

    @Test
    void attachmentInvalidAndInvoiceTooLarge() throws IOException {
        InvoiceBuilder b = invoice();
        b.attachments = List.of(dir.resolve("absente.pdf")); //$NON-NLS-1$
        only(b.build(), AnomalyCodes.ATTACHMENT_INVALID);
        b.attachments = List.of(Files.writeString(dir.resolve("programme.exe"), "x")); //$NON-NLS-1$ //$NON-NLS-2$
        only(b.build(), AnomalyCodes.ATTACHMENT_INVALID);
        b.attachments = List.of(Files.writeString(dir.resolve("n".repeat(48) + ".pdf"), "x")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        only(b.build(), AnomalyCodes.ATTACHMENT_INVALID);
        b.attachments = List.of(sparse("annexe.zip", 10L * 1024 * 1024 + 1)); //$NON-NLS-1$
        only(b.build(), AnomalyCodes.ATTACHMENT_INVALID);
        b.attachments = List.of(Files.writeString(dir.resolve("bon-de-commande.PDF"), "x")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(check(b.build()).compliant());
        List<Path> many = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            many.add(sparse("annexe" + i + ".zip", 9L * 1024 * 1024 + 512 * 1024)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        b.attachments = many;
        only(b.build(), AnomalyCodes.INVOICE_TOO_LARGE);
    }

    @Test
    void frameworkInvalidAndValidatorRequired() {
        InvoiceBuilder b = invoice();
        b.framework = "B7"; //$NON-NLS-1$
        only(b.build(), AnomalyCodes.FRAMEWORK_INVALID);
        b.framework = "A9"; //$NON-NLS-1$
        only(b.build(), AnomalyCodes.VALIDATOR_REQUIRED);
        b.framework = "a12"; //$NON-NLS-1$
        only(b.build(), AnomalyCodes.VALIDATOR_REQUIRED);
        b.validator = Fixtures.SIRET_SERVICES;
        assertTrue(check(b.build()).compliant());
        b.framework = "A2"; //$NON-NLS-1$
        assertTrue(check(b.build()).compliant());
    }

    @Test
    void invoiceNumberInvalidAndLongWarning() {
        InvoiceBuilder b = invoice();
        b.number = null;
        only(b.build(), AnomalyCodes.INVOICE_NUMBER_INVALID);
        b.number = "F".repeat(36); //$NON-NLS-1$
        only(b.build(), AnomalyCodes.INVOICE_NUMBER_INVALID);
        b.number = "F 2024#1"; //$NON-NLS-1$
        assertTrue(only(b.build(), AnomalyCodes.INVOICE_NUMBER_INVALID).message().contains("#")); //$NON-NLS-1$
        b.number = "FAC-2024/01+A_" + "9".repeat(10); // 24 characters, allowed set //$NON-NLS-1$ //$NON-NLS-2$
        InvoiceResult r = check(b.build());
        assertEquals(List.of(AnomalyCodes.INVOICE_NUMBER_LONG), codes(r));
        assertEquals(Severity.WARNING, r.anomalies().get(0).severity());
        assertTrue(r.compliant(), "warnings only: compliant"); //$NON-NLS-1$
    }

    @Test
    void duplicateInvoiceNumbersAreReportedOnEachCopy() {
        Invoice one = invoice().build();
        ControlReport report = control.check(List.of(one, one, invoice().build()), directory, null);
        for (InvoiceResult r : report.results()) {
            assertEquals(List.of(AnomalyCodes.DUPLICATE_INVOICE), codes(r));
            assertTrue(r.anomalies().get(0).message().contains("3")); //$NON-NLS-1$
        }
    }

    @Test
    void amountsInconsistentOnTotalsAndOnLines() {
        InvoiceBuilder b = invoice();
        b.ttc = new BigDecimal("120.01"); //$NON-NLS-1$
        only(b.build(), AnomalyCodes.AMOUNTS_INCONSISTENT);
        b.ttc = new BigDecimal("120.00"); //$NON-NLS-1$
        SourcePosition at = new SourcePosition(Path.of("lignes.csv"), 2); //$NON-NLS-1$
        b.lines = List.of(new InvoiceLine("a", new BigDecimal("3"), "C62", new BigDecimal("33.333"), null, at), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                new InvoiceLine("b", BigDecimal.ONE, "C62", BigDecimal.ZERO, null, at)); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(check(b.build()).compliant(), "100.00 within a cent per line"); //$NON-NLS-1$
        b.lines = List.of(new InvoiceLine("a", new BigDecimal("2"), "C62", new BigDecimal("40"), null, at)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        only(b.build(), AnomalyCodes.AMOUNTS_INCONSISTENT);
    }

    @Test
    void dateInFuture() {
        InvoiceBuilder b = invoice();
        b.date = LocalDate.of(2024, 2, 2);
        only(b.build(), AnomalyCodes.DATE_IN_FUTURE);
        b.date = LocalDate.of(2024, 2, 1);
        assertTrue(check(b.build()).compliant());
    }

    @Test
    void inputInvalidCarriesTheLineAndTheField() {
        InvoiceBuilder b = invoice();
        b.problems = List.of(new InputProblem(new SourcePosition(Path.of("/tmp/export.csv"), 7), "montant_ttc", //$NON-NLS-1$ //$NON-NLS-2$
                "« 12,3,4 » n'est pas un montant")); //$NON-NLS-1$
        Anomaly a = only(b.build(), AnomalyCodes.INPUT_INVALID);
        assertEquals(7, a.line());
        assertEquals("montant_ttc", a.field()); //$NON-NLS-1$
        assertTrue(a.message().contains("export.csv") && a.message().contains("7"), a.message()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void severalAnomaliesOfOneInvoiceComeInTheTableOrder() {
        InvoiceBuilder b = invoice();
        b.siret = SIRET_GS;
        b.service = "SERV"; //$NON-NLS-1$
        b.pdf = null;
        assertEquals(List.of(AnomalyCodes.SERVICE_UNKNOWN, AnomalyCodes.PDF_MISSING), codes(check(b.build())));
    }

    @Test
    void staleDirectoryIsOneWarningOnTheRun() {
        directory = new InMemoryDirectory(NOW.minus(Duration.ofDays(32)),
                List.of(Fixtures.structure(Fixtures.SIRET_OK, true, false, false, false)));
        ControlReport report = control.check(List.of(invoice().build()), directory, null);
        assertTrue(report.directoryStale());
        assertEquals(1, report.runAnomalies().size());
        assertEquals(AnomalyCodes.DIRECTORY_STALE, report.runAnomalies().get(0).code());
        assertTrue(report.results().get(0).compliant());
        assertFalse(report.countByCode().containsKey(AnomalyCodes.DIRECTORY_STALE));
    }

    @Test
    void aPluginRuleIsApplied() {
        DefaultControlService withPlugin = new DefaultControlService(List.of(), Clock.fixed(NOW, ZoneId.of("UTC"))); //$NON-NLS-1$
        withPlugin.addRule((subject, sink) -> sink.accept(Anomaly.error("ALREADY_DEPOSITED", "déjà déposée", null))); //$NON-NLS-1$ //$NON-NLS-2$
        ControlReport report = withPlugin.check(List.of(invoice().build()), directory, null);
        assertEquals(List.of("ALREADY_DEPOSITED"), codes(report.results().get(0))); //$NON-NLS-1$
        assertEquals(1, report.countByCode().get("ALREADY_DEPOSITED")); //$NON-NLS-1$
    }

    private Path sparse(String name, long size) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) { //$NON-NLS-1$
            f.setLength(size);
        }
        return p;
    }
}
