// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.choral.core.api.invoice.InvoiceSourceException;
import org.choral.core.api.invoice.SourcePosition;
import org.choral.sources.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A saved column mapping: a UTF-8 {@code .properties} file, one {@code canonical=ERP header} per
 * line. A key that is no canonical column is an error (a typo would silently map nothing).
 */
public final class MappingFile {

    private MappingFile() {
    }

    public static Map<String, String> load(Path file) throws InvoiceSourceException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvoiceSourceException(SourcePosition.of(file),
                    NLS.bind(Messages.Source_mappingUnreadable, file, e.toString()), e);
        }
        Set<String> known = new LinkedHashSet<>(Columns.INVOICE_COLUMNS);
        known.addAll(Columns.LINE_COLUMNS);
        Map<String, String> mapping = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            String canonical = key.strip();
            if (!known.contains(canonical)) {
                throw new InvoiceSourceException(SourcePosition.of(file),
                        NLS.bind(Messages.Source_mappingUnknownKey, new Object[] { file, canonical, String.join(", ", known) })); //$NON-NLS-1$
            }
            mapping.put(canonical, p.getProperty(key).strip());
        }
        return mapping;
    }

    /**
     * Writes {@code mapping} as a UTF-8 {@code .properties} file, canonical columns in their
     * layout's order, through a temporary file moved in place, so that a failed write never leaves
     * half a mapping where a good one was.
     */
    public static void save(Path file, Map<String, String> mapping) throws IOException {
        List<String> order = new ArrayList<>(Columns.INVOICE_COLUMNS);
        Columns.LINE_COLUMNS.stream().filter(c -> !order.contains(c)).forEach(order::add);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp"); //$NON-NLS-1$
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("# " + Messages.Source_mappingComment + '\n'); //$NON-NLS-1$
                for (String name : order) {
                    String header = mapping.get(name);
                    if (header != null && !header.isBlank()) {
                        w.write(name + '=' + escape(header.strip()) + '\n');
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** What {@link Properties#load(Reader)} reads back as {@code value}. */
    static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '\\' -> b.append("\\\\"); //$NON-NLS-1$
            case '\n' -> b.append("\\n"); //$NON-NLS-1$
            case '\r' -> b.append("\\r"); //$NON-NLS-1$
            case '\t' -> b.append("\\t"); //$NON-NLS-1$
            case '\f' -> b.append("\\f"); //$NON-NLS-1$
            default -> b.append(c);
            }
        }
        return b.toString();
    }
}
