// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Takes the CII XML out of a Factur-X PDF (the embedded {@code factur-x.xml}). */
public final class FacturX {

    /** Names under which Factur-X and its ZUGFeRD ancestors embed the invoice. */
    private static final Set<String> NAMES = Set.of("factur-x.xml", "zugferd-invoice.xml", "ZUGFeRD-invoice.xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private FacturX() {
    }

    /**
     * The embedded XML, or {@code null} when the PDF has none.
     *
     * @throws IOException when the PDF cannot be read
     */
    public static byte[] embeddedXml(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null) {
                return null;
            }
            return find(names.getEmbeddedFiles());
        }
    }

    private static byte[] find(PDNameTreeNode<PDComplexFileSpecification> node) throws IOException {
        Map<String, PDComplexFileSpecification> files = node.getNames();
        if (files != null) {
            for (Map.Entry<String, PDComplexFileSpecification> e : files.entrySet()) {
                PDComplexFileSpecification spec = e.getValue();
                String name = spec.getFilename() != null ? spec.getFilename() : e.getKey();
                PDEmbeddedFile file = spec.getEmbeddedFile() != null ? spec.getEmbeddedFile() : spec.getEmbeddedFileUnicode();
                if (file != null && (NAMES.contains(name) || NAMES.contains(e.getKey()))) {
                    return file.toByteArray();
                }
            }
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                byte[] found = find(kid);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
