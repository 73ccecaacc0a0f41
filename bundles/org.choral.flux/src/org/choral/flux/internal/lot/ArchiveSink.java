// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.choral.core.api.flux.ArchiveType;

/** An archive being written, one complete file at a time. */
interface ArchiveSink extends Closeable {

    /** Adds {@code file}'s content under {@code entryName}. */
    void add(String entryName, Path file) throws IOException;

    static ArchiveSink open(ArchiveType type, OutputStream out) throws IOException {
        return type == ArchiveType.ZIP ? new ZipSink(out) : new TarGzSink(out);
    }
}
