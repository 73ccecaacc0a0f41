// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.facturx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Finds the invoice XML a Factur-X / ZUGFeRD PDF carries: an embedded file named
 * {@code factur-x.xml}, {@code zugferd-invoice.xml} or {@code xrechnung.xml}, looked for in the
 * document's embedded-files name tree and in its associated files ({@code /AF}, PDF/A-3), since
 * generators fill one or the other.
 *
 * @param name the attachment's name
 * @param xml its content
 */
public record EmbeddedInvoice(String name, byte[] xml) {

    static final Set<String> NAMES = Set.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /**
     * The invoice attachment of {@code pdf}, or {@code null} when it has none.
     *
     * @throws IOException when the file is not a readable PDF (or is protected by a password)
     */
    static EmbeddedInvoice find(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<EmbeddedInvoice> all = all(doc);
            return all.isEmpty() ? null : all.get(0);
        }
    }

    /** Every invoice attachment of {@code doc}, name tree first, then associated files, each name once. */
    public static List<EmbeddedInvoice> all(PDDocument doc) throws IOException {
        List<PDComplexFileSpecification> specs = new ArrayList<>();
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        if (names != null && names.getEmbeddedFiles() != null) {
            collect(names.getEmbeddedFiles(), specs, 0);
        }
        COSBase af = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AF);
        if (af instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary dict) {
                    specs.add(new PDComplexFileSpecification(dict));
                }
            }
        }
        List<EmbeddedInvoice> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PDComplexFileSpecification spec : specs) {
            String name = name(spec);
            if (name != null && NAMES.contains(name.toLowerCase(Locale.ROOT)) && !seen.contains(name.toLowerCase(Locale.ROOT))) {
                PDEmbeddedFile file = embedded(spec);
                if (file != null) {
                    seen.add(name.toLowerCase(Locale.ROOT));
                    found.add(new EmbeddedInvoice(name, file.toByteArray()));
                }
            }
        }
        return found;
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, List<PDComplexFileSpecification> specs,
            int depth)
            throws IOException {
        if (depth > 32) {
            return; // a cyclic or absurd tree: what was found so far is all there is
        }
        Map<String, PDComplexFileSpecification> here = node.getNames();
        if (here != null) {
            specs.addAll(here.values());
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                collect(kid, specs, depth + 1);
            }
        }
    }

    private static String name(PDComplexFileSpecification spec) {
        String unicode = spec.getFileUnicode();
        return unicode != null ? unicode : spec.getFilename();
    }

    private static PDEmbeddedFile embedded(PDComplexFileSpecification spec) {
        PDEmbeddedFile f = spec.getEmbeddedFileUnicode();
        return f != null ? f : spec.getEmbeddedFile();
    }
}
