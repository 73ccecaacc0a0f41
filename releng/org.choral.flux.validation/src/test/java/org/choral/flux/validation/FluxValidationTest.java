// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FrameworkPlacement;
import org.choral.core.api.invoice.Invoice;
import org.choral.flux.internal.cii.CiiE1Format;
import org.choral.flux.internal.cii.FacturxFormat;
import org.choral.flux.internal.ubl.UblE1Format;
import org.choral.flux.internal.ubl.UblE2MinFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every format on every sample, through an independent validator; the files and the validators'
 * reports stay in {@code target/flux-samples/<syntax>/} for reading. The last tests check that
 * the validators do reject broken files, so that a green run means something.
 */
class FluxValidationTest {

    private static Path root;
    private static Path pdfs;

    /** A format and the validator its files must pass. */
    private record Check(FluxFormat format, boolean withoutPdf, boolean schemaOnly) {
    }

    @BeforeAll
    static void folders() throws IOException {
        root = Path.of(System.getProperty("choral.samples.dir", "target/flux-samples"));
        pdfs = Files.createDirectories(root.resolve("pdf"));
    }

    @TestFactory
    Stream<DynamicTest> everyFormatPassesItsValidator() throws IOException {
        List<Check> checks = List.of(
                new Check(new UblE2MinFormat(), false, true),
                new Check(new UblE1Format(), true, false),
                new Check(new CiiE1Format(), true, false),
                new Check(new FacturxFormat(), false, false));
        List<DynamicTest> tests = new ArrayList<>();
        for (Check check : checks) {
            Path dir = Files.createDirectories(root.resolve(check.format().syntax()));
            for (Samples.Sample sample : Samples.all(pdfs, check.withoutPdf())) {
                if (!check.schemaOnly() && sample.options().frameworkPlacement() == FrameworkPlacement.BT_24) {
                    // the framework in BT-24 replaces the specification identifier EN 16931 is
                    // recognised by: such a file is not EN 16931 by construction, so only the
                    // schema-checked E2 UBL carries it here (see FrameworkPlacement)
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(check.format().syntax() + " " + sample.name(), () -> {
                    Path file = dir.resolve(sample.name() + '.' + check.format().extension());
                    try (OutputStream out = Files.newOutputStream(file)) {
                        check.format().write(sample.invoice(), sample.options(), out);
                    }
                    Verdict verdict = check.schemaOnly() ? Ubl21Schema.validate(file) : MustangValidator.validate(file);
                    assertValid(file, verdict);
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theUblSchemaRejectsAnElementOutOfOrder() throws Exception {
        Path file = generated(new UblE2MinFormat(), "rejet-schema");
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        // IssueDate must follow ID in UBL 2.1's sequence
        Files.writeString(file, xml.replaceFirst("(<cbc:ID>[^<]*</cbc:ID>)(<cbc:IssueDate>[^<]*</cbc:IssueDate>)", "$2$1"),
                StandardCharsets.UTF_8);
        Verdict verdict = Ubl21Schema.validate(file);
        assertFalse(verdict.valid(), "the UBL 2.1 schema accepted ID after IssueDate");
    }

    @Test
    void theEn16931SchematronRejectsWrongTotals() throws Exception {
        Path file = generated(new CiiE1Format(), "rejet-totaux");
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, xml.replaceFirst("<ram:GrandTotalAmount>[^<]*<", "<ram:GrandTotalAmount>999.99<"),
                StandardCharsets.UTF_8);
        Verdict verdict = MustangValidator.validate(file);
        // BR-CO-15 (net + VAT) or BR-CO-16 (amount due), depending on which the schematron fires first
        assertTrue(verdict.errors().stream().anyMatch(e -> e.contains("[BR-CO-15]") || e.contains("[BR-CO-16]")),
                "no BR-CO-15/16 error for a grand total that is not net + VAT: " + verdict.errors());
    }

    @Test
    void theEn16931SchematronRejectsChorusSchemeOneForASiret() throws Exception {
        // why E1 and Factur-X write SIRETs in ISO 6523 scheme 0009 rather than Chorus Pro's own 1 (README)
        Path file = generated(new CiiE1Format(), "rejet-schema-1");
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, xml.replace("schemeID=\"0009\"", "schemeID=\"1\""), StandardCharsets.UTF_8);
        Verdict verdict = MustangValidator.validate(file);
        // the ISO 6523 code lists of BT-46/BT-47 (BR-CL-10/11), which Mustang's Factur-X schematron
        // reports as "Value of '@schemeID' is not allowed" at each SIRET
        assertTrue(verdict.errors().stream().anyMatch(e -> e.contains("Value of '@schemeID' is not allowed")
                && e.contains("BuyerTradeParty")), "no scheme error for a recipient SIRET in scheme 1: " + verdict.errors());
    }

    @TestFactory
    Stream<DynamicTest> aFacturxTheValidatorAcceptsIsDepositedAsItIs() throws IOException {
        // the product's own check of an existing Factur-X lets through what the independent validator accepts
        Path dir = Files.createDirectories(root.resolve("facturx-telle-quelle"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Samples.Sample sample : Samples.all(pdfs, false)) {
            if (sample.options().frameworkPlacement() == FrameworkPlacement.BT_24) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest("as it is " + sample.name(), () -> {
                FacturxFormat format = new FacturxFormat();
                Path first = dir.resolve(sample.name() + ".pdf");
                try (OutputStream out = Files.newOutputStream(first)) {
                    format.write(sample.invoice(), sample.options(), out);
                }
                assertValid(first, MustangValidator.validate(first));
                Invoice again = Samples.withPdf(sample.invoice(), first);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                format.write(again, sample.options(), out);
                assertArrayEquals(Files.readAllBytes(first), out.toByteArray(), "deposited unchanged");
            }));
        }
        return tests.stream();
    }

    @Test
    void theFacturxCheckRejectsAPlainPdf() throws Exception {
        Path file = Samples.pdf(root.resolve("rejet-pdf-simple.pdf"), "F-REJET", 1);
        Verdict verdict = MustangValidator.validate(file);
        assertFalse(verdict.valid(), "a PDF that is neither PDF/A-3 nor carries factur-x.xml was accepted");
    }

    private static Path generated(FluxFormat format, String name) throws Exception {
        Samples.Sample sample = Samples.all(pdfs, false).get(0);
        Path file = Files.createDirectories(root.resolve("rejets")).resolve(name + '.' + format.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            format.write(sample.invoice(), sample.options(), out);
        }
        return file;
    }

    private static void assertValid(Path file, Verdict verdict) throws IOException {
        Files.writeString(file.resolveSibling(file.getFileName() + ".report.xml"), verdict.report(),
                StandardCharsets.UTF_8);
        if (!verdict.warnings().isEmpty()) {
            System.out.println(file + ": " + verdict.warnings().size() + " warning(s)");
            verdict.warnings().forEach(w -> System.out.println("  warning: " + w));
        }
        if (!verdict.valid()) {
            fail(file + " is invalid (" + verdict.errors().size() + " error(s)):" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", verdict.errors()));
        }
    }
}
