// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

import java.nio.file.Path;

/**
 * Where an invoice, a line or a problem was read: the file and, for text formats, the line number
 * (1-based, the header being line 1), so that every message can send the user back to the source.
 *
 * @param file the file read
 * @param line the 1-based line, or 0 when the format has no meaningful line (XML, PDF)
 * @since 0.1
 */
public record SourcePosition(Path file, int line) {

    /** A position that names a file only. */
    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    @Override
    public String toString() {
        String name = file == null ? "?" : file.toString(); //$NON-NLS-1$
        return hasLine() ? name + ':' + line : name;
    }
}
