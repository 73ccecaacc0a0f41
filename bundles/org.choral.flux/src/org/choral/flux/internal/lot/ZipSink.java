// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A {@code .zip} lot. Fastest deflate level: the entries are mostly base64 of compressed PDFs,
 * which higher levels hardly shrink further but write several times slower.
 */
final class ZipSink implements ArchiveSink {

    private final ZipOutputStream zip;

    ZipSink(OutputStream out) {
        zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
    }

    @Override
    public void add(String entryName, Path file) throws IOException {
        ZipEntry entry = new ZipEntry(entryName);
        entry.setLastModifiedTime(Files.getLastModifiedTime(file));
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
