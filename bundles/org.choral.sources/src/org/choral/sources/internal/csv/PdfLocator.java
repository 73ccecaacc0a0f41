// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the file an export names: an absolute path, or a path relative to the export's folder or
 * to the PDF folder; Windows paths ({@code D:\FACTURES\2300632.pdf}) are understood on any system
 * — when the drive does not exist here, the file is looked for by its name in the PDF folder and
 * the export's folder. When nothing exists, the first candidate is returned so that the control
 * can say where the file was expected.
 */
public final class PdfLocator {

    private final Path exportFolder;
    private final Path pdfFolder;

    /**
     * @param exportFolder the folder of the export file
     * @param pdfFolder the configured PDF folder, or {@code null}
     */
    public PdfLocator(Path exportFolder, Path pdfFolder) {
        this.exportFolder = exportFolder;
        this.pdfFolder = pdfFolder;
    }

    /** The invoice PDF: {@code reference}, or {@code <number>.pdf} when it is empty. */
    public Path invoicePdf(String reference, String number) {
        if (reference == null) {
            if (number == null) {
                return null;
            }
            Path folder = pdfFolder != null ? pdfFolder : exportFolder;
            return locate(number.strip() + ".pdf", List.of(folder, exportFolder)); //$NON-NLS-1$
        }
        return file(reference);
    }

    /** Any file the export names (PDF, attachment). */
    public Path file(String reference) {
        return locate(reference, pdfFolder == null ? List.of(exportFolder) : List.of(exportFolder, pdfFolder));
    }

    private Path locate(String reference, List<Path> folders) {
        List<Path> candidates = new ArrayList<>();
        String local = reference.strip();
        boolean windowsAbsolute = local.matches("^[A-Za-z]:[\\\\/].*") || local.startsWith("\\\\"); //$NON-NLS-1$ //$NON-NLS-2$
        if (File.separatorChar == '/') {
            local = local.replace('\\', '/');
        }
        Path asGiven = path(local);
        if (asGiven != null && asGiven.isAbsolute()) {
            candidates.add(asGiven);
        } else if (asGiven != null && !windowsAbsolute) {
            for (Path folder : folders) {
                if (folder != null) {
                    candidates.add(folder.resolve(asGiven));
                }
            }
        }
        // an absolute path from another machine: the file may have been copied next to the export
        String name = fileName(local);
        Path byName = path(name);
        if (byName != null && !name.isEmpty()) {
            for (Path folder : folders) {
                if (folder != null) {
                    candidates.add(folder.resolve(byName));
                }
            }
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private static String fileName(String reference) {
        int cut = Math.max(reference.lastIndexOf('/'), reference.lastIndexOf('\\'));
        return reference.substring(cut + 1);
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
