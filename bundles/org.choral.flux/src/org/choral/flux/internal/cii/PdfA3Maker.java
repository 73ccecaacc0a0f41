// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.cii;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.choral.core.api.flux.FacturxProfile;
import org.choral.core.api.flux.FluxException;
import org.choral.flux.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Turns an invoice PDF into a Factur-X PDF/A-3b: XMP metadata (PDF/A identification and the
 * Factur-X extension schema), an sRGB output intent, and the CII embedded as {@code factur-x.xml}
 * (associated file, relationship {@code Alternative}). Refuses, with the reason, a PDF that cannot
 * become PDF/A: encrypted, unreadable, or with fonts that are not embedded. The PDF is read from
 * its file (random access, not loaded whole) and parsed once.
 */
final class PdfA3Maker {

    static final String FILE_NAME = "factur-x.xml"; //$NON-NLS-1$
    static final String FX_NS = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"; //$NON-NLS-1$
    private static final String PRODUCER = "Choral"; //$NON-NLS-1$

    /** Why a PDF cannot be made PDF/A-3, or cannot be deposited as the Factur-X it already is, in French. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean asIs;

        Refusal(String reason) {
            this(reason, false);
        }

        /** @param asIs whether the PDF already is a Factur-X that was refused as it is */
        Refusal(String reason, boolean asIs) {
            super(reason);
            this.asIs = asIs;
        }

        boolean asIs() {
            return asIs;
        }
    }

    /** Decides, on the PDF once loaded, whether it is deposited as it is (checked) rather than made Factur-X. */
    @FunctionalInterface
    interface AsIs {
        /**
         * @return {@code true} to deposit the PDF unchanged
         * @throws Refusal when it is a Factur-X that cannot be deposited as it is
         */
        boolean keep(PDDocument doc) throws Refusal, IOException;
    }

    /**
     * Streams PDFBox creates while working (the ICC profile, the CII, rewritten streams) stay in
     * memory up to a few megabytes, then go to a temporary file: fast for ordinary invoices,
     * bounded for huge ones. (A temp-file-only cache cost a file per stream.)
     */
    private static final StreamCacheCreateFunction STREAM_CACHE = MemoryUsageSetting.setupMixed(4L * 1024 * 1024).streamCache;

    /** The CII to embed, made only when it is needed. */
    @FunctionalInterface
    interface CiiSource {
        byte[] get() throws IOException, FluxException;
    }

    /**
     * Writes {@code pdf} made Factur-X to {@code out}, or {@code pdf} unchanged when {@code asIs}
     * keeps it (a Factur-X already, checked): one parse of the PDF either way.
     *
     * @param cii makes the CII, only called when the PDF is not a Factur-X yet
     */
    void make(Path pdf, AsIs asIs, CiiSource cii, String title, FacturxProfile profile, OutputStream out)
            throws Refusal, IOException, FluxException {
        if (!isPdf(pdf)) {
            throw new Refusal(NLS.bind(Messages.Facturx_notPdf, pdf.getFileName()));
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(pdf.toFile(), STREAM_CACHE);
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new Refusal(Messages.Facturx_encrypted);
        } catch (IOException e) {
            throw new Refusal(NLS.bind(Messages.Facturx_damaged, e.getMessage()));
        }
        try (doc) {
            if (asIs.keep(doc)) {
                Files.copy(pdf, out);
                return;
            }
            if (doc.isEncrypted()) {
                throw new Refusal(Messages.Facturx_encrypted);
            }
            checkFonts(doc);
            Calendar now = Calendar.getInstance();
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            info.setCreationDate(now);
            info.setModificationDate(now);
            doc.setDocumentInformation(info);
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp(title, profile, now));
            catalog.setMetadata(metadata);
            if (catalog.getOutputIntents().isEmpty()) {
                catalog.addOutputIntent(srgbIntent(doc));
            }
            attach(doc, cii.get(), now);
            if (doc.getVersion() < 1.7f) {
                doc.setVersion(1.7f);
            }
            // no object streams: rebuilding them costs more than the few kilobytes they save on
            // an invoice whose bulk is already-compressed content and images
            doc.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    /** Whether {@code file} starts as a PDF does ({@code %PDF-} within its first kilobyte, as readers allow). */
    private static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(1024), StandardCharsets.ISO_8859_1).contains("%PDF-"); //$NON-NLS-1$
        }
    }

    private static void checkFonts(PDDocument doc) throws Refusal, IOException {
        Set<PDResources> seen = new HashSet<>();
        int n = 1;
        for (PDPage page : doc.getPages()) {
            checkFonts(page.getResources(), n++, seen);
        }
    }

    private static void checkFonts(PDResources resources, int page, Set<PDResources> seen) throws Refusal, IOException {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null && !font.isEmbedded()) {
                throw new Refusal(NLS.bind(Messages.Facturx_fontNotEmbedded, font.getName(), page));
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xobject = resources.getXObject(name);
            if (xobject instanceof PDFormXObject form) {
                checkFonts(form.getResources(), page, seen);
            }
        }
    }

    /**
     * The XMP packet, written as text: xmpbox's serializer drops the {@code xml:} prefix of
     * {@code xml:lang} on {@code dc:title}, which makes the whole packet unreadable to PDF/A
     * validators (veraPDF: "Nested content not allowed with rdf:resource or property attributes")
     * and the file is then not recognised as PDF/A-3 at all.
     */
    static byte[] xmp(String title, FacturxProfile profile, Calendar now) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(now.toInstant().atZone(now.getTimeZone().toZoneId()).truncatedTo(ChronoUnit.SECONDS));
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>") //$NON-NLS-1$
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">") //$NON-NLS-1$
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">") //$NON-NLS-1$
                .append("<pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>") //$NON-NLS-1$
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">") //$NON-NLS-1$
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title)) //$NON-NLS-1$
                .append("</rdf:li></rdf:Alt></dc:title></rdf:Description>") //$NON-NLS-1$
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">") //$NON-NLS-1$
                .append("<pdf:Producer>").append(PRODUCER).append("</pdf:Producer></rdf:Description>") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">") //$NON-NLS-1$
                .append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<xmp:MetadataDate>").append(date).append("</xmp:MetadataDate></rdf:Description>") //$NON-NLS-1$ //$NON-NLS-2$
                .append(facturxDescription(profile))
                .append("</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"); //$NON-NLS-1$
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    private static String facturxDescription(FacturxProfile profile) {
        StringBuilder b = new StringBuilder();
        b.append("<rdf:Description rdf:about=\"\" xmlns:fx=\"").append(FX_NS).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<fx:DocumentType>INVOICE</fx:DocumentType>") //$NON-NLS-1$
                .append("<fx:DocumentFileName>").append(FILE_NAME).append("</fx:DocumentFileName>") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<fx:Version>1.0</fx:Version>") //$NON-NLS-1$
                .append("<fx:ConformanceLevel>").append(profile.conformanceLevel()).append("</fx:ConformanceLevel>") //$NON-NLS-1$ //$NON-NLS-2$
                .append("</rdf:Description>"); //$NON-NLS-1$
        b.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"") //$NON-NLS-1$
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"") //$NON-NLS-1$
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">") //$NON-NLS-1$
                .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">") //$NON-NLS-1$
                .append("<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>") //$NON-NLS-1$
                .append("<pdfaSchema:namespaceURI>").append(FX_NS).append("</pdfaSchema:namespaceURI>") //$NON-NLS-1$ //$NON-NLS-2$
                .append("<pdfaSchema:prefix>fx</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>"); //$NON-NLS-1$
        property(b, "DocumentFileName", "The name of the embedded XML document"); //$NON-NLS-1$ //$NON-NLS-2$
        property(b, "DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER"); //$NON-NLS-1$ //$NON-NLS-2$
        property(b, "Version", "The actual version of the standard applying to the embedded XML document"); //$NON-NLS-1$ //$NON-NLS-2$
        property(b, "ConformanceLevel", "The conformance level of the embedded XML document"); //$NON-NLS-1$ //$NON-NLS-2$
        b.append("</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>"); //$NON-NLS-1$
        return b.toString();
    }

    private static void property(StringBuilder b, String name, String description) {
        b.append("<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>").append(name) //$NON-NLS-1$
                .append("</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>") //$NON-NLS-1$
                .append("<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>") //$NON-NLS-1$
                .append(description).append("</pdfaProperty:description></rdf:li>"); //$NON-NLS-1$
    }

    private static PDOutputIntent srgbIntent(PDDocument doc) throws IOException {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1"); //$NON-NLS-1$
        intent.setOutputCondition("sRGB IEC61966-2.1"); //$NON-NLS-1$
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1"); //$NON-NLS-1$
        intent.setRegistryName("http://www.color.org"); //$NON-NLS-1$
        return intent;
    }

    private static void attach(PDDocument doc, byte[] cii, Calendar now) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(cii));
        file.setSubtype("text/xml"); //$NON-NLS-1$
        file.setSize(cii.length);
        file.setCreationDate(now);
        file.setModDate(now);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(FILE_NAME);
        spec.setFileUnicode(FILE_NAME);
        spec.setFileDescription("Factur-X invoice"); //$NON-NLS-1$
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Alternative"); //$NON-NLS-1$ //$NON-NLS-2$
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentNameDictionary names = catalog.getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(catalog);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(FILE_NAME, spec));
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray af = new COSArray();
        af.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af); //$NON-NLS-1$
    }
}
