// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.ControlService;
import org.choral.core.api.control.InvoiceResult;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.invoice.InvoiceSource;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.demo.api.DemoReport;
import org.choral.demo.api.DemoService;
import org.choral.settings.api.ChorusEnvironment;
import org.choral.settings.api.CompanySettings;
import org.choral.settings.api.CompanyValidator;
import org.choral.sources.api.InvoiceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo data, prepared by the registered service and checked by the product's own control
 * against the imported sample directory: every anomaly kind the demo promises is there, once each
 * as designed, and the compliant invoices really are.
 */
class DemoDataTest {

    @TempDir
    Path dir;

    @Test
    void controlOfTheSampleExportShowsEveryAnomalyKindAndTheCompliantInvoices() throws Exception {
        DemoReport report = Services.one(DemoService.class).prepare(dir, false, null);
        assertTrue(report.created());
        assertEquals(dir.toAbsolutePath().normalize(), report.dataFolder(), "an empty folder takes the demo itself");

        DirectoryService directory = Services.one(DirectoryServices.class).open(report.dataFolder());
        assertEquals(DemoDirectory.STRUCTURES, directory.status().orElseThrow().structures());
        List<InvoiceSource> sources = Services.all(InvoiceSource.class).stream()
                .sorted(Comparator.comparing(InvoiceSource::id)).toList();
        SourceResult read = new InvoiceFiles(sources).read(report.export(),
                new SourceOptions(null, report.pdfFolder(), java.util.Map.of()), null);
        assertEquals(List.of(), read.problems());
        assertEquals(report.invoices(), read.invoices().size());

        ControlReport control = Services.one(ControlService.class).check(read.invoices(), directory, null);
        Set<String> codes = control.results().stream().flatMap(r -> r.anomalies().stream()).map(Anomaly::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new DemoInvoices(new DemoDirectory().recipients(), java.time.LocalDate.now()).invoices()
                .stream().map(DemoInvoice::expected).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("SERVICE_REQUIRED", "SERVICE_UNKNOWN", "ENGAGEMENT_REQUIRED", "SIRET_MISSING", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "SIRET_INVALID", "STRUCTURE_UNKNOWN", "STRUCTURE_INACTIVE", "SERVICE_INACTIVE", "SERVICE_FORBIDDEN", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "SERVICE_OR_ENGAGEMENT_REQUIRED", "PDF_MISSING", "AMOUNTS_INCONSISTENT", "DUPLICATE_INVOICE"), expected); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(expected, codes, "anomaly codes of the sample export"); //$NON-NLS-1$
        for (InvoiceResult r : control.results()) {
            assertTrue(r.anomalies().stream().map(Anomaly::code).distinct().count() <= 1,
                    () -> "one anomaly kind per invoice: " + r.invoice().number() + ' ' + r.anomalies()); //$NON-NLS-1$
        }
        assertEquals(11, control.compliant().size(), "compliant invoices"); //$NON-NLS-1$
        assertEquals(3, control.compliant().stream().map(r -> r.siret()).distinct().count(), "three clients"); //$NON-NLS-1$
    }

    @Test
    void pdfsAreSmallWithTheirFontsEmbedded() throws Exception {
        DemoReport report = Services.one(DemoService.class).prepare(dir, false, null);
        try (var pdfs = Files.list(report.pdfFolder())) {
            List<Path> all = pdfs.toList();
            assertEquals(report.invoices() - 2, all.size(), "every invoice but the PDF-missing one and the duplicate"); //$NON-NLS-1$
            for (Path pdf : all) {
                assertTrue(Files.size(pdf) < 40_000, pdf + " " + Files.size(pdf)); //$NON-NLS-1$
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    for (var name : doc.getPage(0).getResources().getFontNames()) {
                        PDFont font = doc.getPage(0).getResources().getFont(name);
                        assertTrue(font.isEmbedded(), pdf + " " + font.getName()); //$NON-NLS-1$
                    }
                }
            }
        }
    }

    @Test
    void sameDaySameFilesAndValidSupplierAndEmulatorSettings() throws Exception {
        Clock day = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/Paris")); //$NON-NLS-1$ //$NON-NLS-2$
        DemoPreparer a = new DemoPreparer(day);
        a.setDirectories(Services.one(DirectoryServices.class));
        DemoPreparer b = new DemoPreparer(day);
        b.setDirectories(Services.one(DirectoryServices.class));
        DemoReport one = a.prepare(dir.resolve("a"), false, null); //$NON-NLS-1$
        DemoReport two = b.prepare(dir.resolve("b"), false, null); //$NON-NLS-1$
        assertArrayEquals(Files.readAllBytes(one.export()), Files.readAllBytes(two.export()));
        assertArrayEquals(Files.readAllBytes(one.structuresFile()), Files.readAllBytes(two.structuresFile()));
        assertEquals(List.of(), CompanyValidator.validate(DemoSupplier.COMPANY));

        Properties settings = WorkbenchPreferences.read(one.dataFolder(), DemoPreparer.SETTINGS_NODE);
        assertEquals(ChorusEnvironment.EMULATOR.name(), settings.getProperty("chorus.environment")); //$NON-NLS-1$
        assertEquals(DemoSupplier.SIRET, settings.getProperty("company." + CompanySettings.SIRET)); //$NON-NLS-1$
        Properties control = WorkbenchPreferences.read(one.dataFolder(), DemoPreparer.CONTROL_NODE);
        assertEquals(one.export().toString(), control.getProperty("control.invoices")); //$NON-NLS-1$
        Properties profile = new Properties();
        try (var in = Files.newInputStream(one.dataFolder().resolve("emulator/profile.properties"))) { //$NON-NLS-1$
            profile.load(in);
        }
        assertTrue(Files.isRegularFile(one.dataFolder().resolve(profile.getProperty("directory.1")))); //$NON-NLS-1$
        assertEquals("0.1,0.1,0.05", profile.getProperty("outcomes")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Double.parseDouble(profile.getProperty("speed")) >= 30, "statuses move within minutes"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(settings.keySet().stream().anyMatch(k -> k.toString().toLowerCase().contains("secret") //$NON-NLS-1$
                || k.toString().toLowerCase().contains("password")), "no secret in preferences"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
