// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.facturx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.choral.core.api.invoice.Invoice;
import org.choral.core.api.invoice.SourceFormat;
import org.choral.core.api.invoice.SourceOptions;
import org.choral.core.api.invoice.SourceResult;
import org.choral.sources.internal.xml.EmbeddedFiles;
import org.choral.sources.internal.xml.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacturxInvoiceSourceTest {

    @TempDir
    Path dir;

    private FacturxInvoiceSource source() {
        return new FacturxInvoiceSource(new EmbeddedFiles(dir.resolve("cache"))); //$NON-NLS-1$
    }

    private SourceResult read(Path pdf) throws Exception {
        assertTrue(source().accepts(pdf), pdf.toString());
        return source().read(pdf, SourceOptions.defaults(), null);
    }

    @Test
    void theEmbeddedCiiIsTheInvoiceAndThePdfIsItsOwnFacturx() throws Exception {
        Path pdf = dir.resolve("FX-1.pdf"); //$NON-NLS-1$
        Samples.facturx(pdf, Samples.cii("FX-1", Samples.legalSiret(Samples.SERVICES_SIRET), "5G77"), //$NON-NLS-1$ //$NON-NLS-2$
                "factur-x.xml", true, true); //$NON-NLS-1$
        SourceResult r = read(pdf);
        assertEquals(List.of(), r.problems());
        Invoice i = r.invoices().get(0);
        assertEquals("FX-1", i.number()); //$NON-NLS-1$
        assertEquals(Samples.SERVICES_SIRET, i.siret());
        assertEquals("5G77", i.serviceCode()); //$NON-NLS-1$
        assertEquals("ENG-2024-001", i.engagement()); //$NON-NLS-1$
        assertEquals("MARCHE-7", i.marketNumber()); //$NON-NLS-1$
        assertEquals(new BigDecimal("120.00"), i.amountWithTax()); //$NON-NLS-1$
        assertEquals(3, i.lines().size());
        assertEquals(pdf, i.pdf());
        assertEquals("FX-1.pdf", i.pdfReference()); //$NON-NLS-1$
        assertEquals(SourceFormat.FACTURX, i.format());
        assertTrue(i.isFacturx(), "the flux step deposits it as it is"); //$NON-NLS-1$
        assertEquals(pdf, i.position().file());
    }

    @Test
    void zugferdNameInTheAssociatedFilesOnlyIsFoundToo() throws Exception {
        Path pdf = dir.resolve("zugferd.pdf"); //$NON-NLS-1$
        Samples.facturx(pdf, Samples.cii("ZF-1", Samples.legalSiret(Samples.PLAIN_SIRET), "S"), //$NON-NLS-1$ //$NON-NLS-2$
                "ZUGFeRD-invoice.xml", false, true); //$NON-NLS-1$
        assertEquals("ZF-1", read(pdf).invoices().get(0).number()); //$NON-NLS-1$
        Path tree = dir.resolve("xrechnung.pdf"); //$NON-NLS-1$
        Samples.facturx(tree, Samples.cii("XR-1", "", "S"), "xrechnung.xml", true, false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals("XR-1", read(tree).invoices().get(0).number()); //$NON-NLS-1$
    }

    @Test
    void aPdfByContentEvenWithoutTheExtension() throws Exception {
        Path pdf = dir.resolve("FACTURE_FX"); //$NON-NLS-1$
        Samples.facturx(pdf, Samples.cii("FX-2", "", "S"), "factur-x.xml", true, false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals("FX-2", read(pdf).invoices().get(0).number()); //$NON-NLS-1$
        assertFalse(source().accepts(Files.writeString(dir.resolve("a.xml"), "<a/>"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aPlainPdfAnOtherAttachmentAndABrokenPdfAreProblemsNamingTheFile() throws Exception {
        Path plain = Files.write(dir.resolve("plain.pdf"), Samples.pdf()); //$NON-NLS-1$
        SourceResult r = read(plain);
        assertEquals(List.of(), r.invoices());
        assertTrue(r.problems().get(0).message().contains("plain.pdf"), r.problems().get(0).message()); //$NON-NLS-1$
        assertTrue(r.problems().get(0).message().contains("factur-x.xml")); //$NON-NLS-1$
        Path other = dir.resolve("other.pdf"); //$NON-NLS-1$
        Samples.facturx(other, "<a/>", "notes.xml", true, true); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(read(other).problems().get(0).message().contains("other.pdf")); //$NON-NLS-1$
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nnot really\n"); //$NON-NLS-1$ //$NON-NLS-2$
        SourceResult b = read(broken);
        assertEquals(List.of(), b.invoices());
        assertTrue(b.problems().get(0).message().contains("broken.pdf"), b.problems().get(0).message()); //$NON-NLS-1$
    }

    @Test
    void aMaliciousEmbeddedXmlIsRefused() throws Exception {
        Path pdf = dir.resolve("evil.pdf"); //$NON-NLS-1$
        Samples.facturx(pdf, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>", //$NON-NLS-1$
                "factur-x.xml", true, false); //$NON-NLS-1$
        String message = read(pdf).problems().get(0).message();
        assertTrue(message.contains("evil.pdf!/factur-x.xml") && message.contains("DOCTYPE"), message); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
