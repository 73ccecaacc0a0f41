// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
