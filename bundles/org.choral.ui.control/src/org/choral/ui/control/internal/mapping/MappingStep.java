// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.sources.api.ColumnMappings;
import org.choral.ui.control.internal.i18n.Messages;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * Before an export is checked: the mapping to read it with — the one the user named, else the one
 * remembered for its folder — and, when the export still lacks a required column, the mapping
 * dialog, whose saved file is then used and remembered.
 */
public final class MappingStep {

    /** How many rows the dialog previews. */
    static final int PREVIEW_ROWS = 5;

    /**
     * What to read the export with.
     *
     * @param mapping the mapping file, or {@code null} for none
     * @param error why the export cannot be loaded (French), or {@code null}
     */
    public record Choice(Path mapping, String error) {

        static Choice of(Path mapping) {
            return new Choice(mapping, null);
        }

        static Choice failed(String error) {
            return new Choice(null, error);
        }
    }

    private MappingStep() {
    }

    /** Whether {@code path} is a file the CSV source reads (a folder or an XML/PDF invoice needs no mapping). */
    public static boolean isExport(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".xml") && !name.endsWith(".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The mapping {@code export} is read with, asking the user when a required column is missing.
     *
     * @param named the mapping the user named, or {@code null}
     */
    public static Choice resolve(Shell shell, Path export, Path named) {
        if (!isExport(export)) {
            return Choice.of(named);
        }
        Path file = named != null ? named : MappingMemory.recall(export);
        Map<String, String> mapping;
        ColumnMappings.Sample sample;
        try {
            mapping = file == null ? Map.of() : ColumnMappings.load(file);
            sample = ColumnMappings.sample(export, PREVIEW_ROWS);
        } catch (InvoiceSourceException e) {
            return Choice.failed(e.getMessage());
        }
        if (ColumnMappings.missingRequired(sample.headers(), mapping).isEmpty()) {
            if (file != null) {
                MappingMemory.remember(export, file);
            }
            return Choice.of(file);
        }
        Path saved = edit(shell, sample, mapping, file);
        return saved == null ? Choice.failed(Messages.Load_mappingCancelled) : Choice.of(saved);
    }

    /**
     * Opens the mapping dialog on {@code export} (« Correspondance des colonnes… »).
     *
     * @return the saved mapping file, or {@code null} when the user cancelled
     * @throws InvoiceSourceException when the export or the mapping cannot be read
     */
    public static Path edit(Shell shell, Path export, Path named) throws InvoiceSourceException {
        Path file = named != null ? named : MappingMemory.recall(export);
        Map<String, String> mapping = file == null ? Map.of() : ColumnMappings.load(file);
        return edit(shell, ColumnMappings.sample(export, PREVIEW_ROWS), mapping, file);
    }

    private static Path edit(Shell shell, ColumnMappings.Sample sample, Map<String, String> mapping, Path file) {
        Path target = file != null ? file : sample.file().toAbsolutePath().resolveSibling(Messages.Mapping_defaultFile);
        MappingDialog dialog = new MappingDialog(shell, sample, mapping, target);
        if (dialog.open() != Window.OK) {
            return null;
        }
        MappingMemory.remember(sample.file(), dialog.savedFile());
        return dialog.savedFile();
    }
}
