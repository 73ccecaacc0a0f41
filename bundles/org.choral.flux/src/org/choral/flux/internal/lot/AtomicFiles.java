// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files are written under a hidden temporary name in their final folder and moved into place once
 * complete: a crash or a cancellation never leaves a half file under the final name.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** A new empty temporary file in {@code folder}, named after {@code finalName}. */
    static Path temp(Path folder, String finalName) throws IOException {
        return Files.createTempFile(folder, '.' + finalName + '.', ".part"); //$NON-NLS-1$
    }

    /** Moves {@code temp} to {@code target}, replacing a previous generation. */
    static void commit(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover hidden .part file is harmless: it never carries a final name
        }
    }
}
