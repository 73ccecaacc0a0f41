// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

import org.choral.core.api.flux.ArchiveType;

/** An archive being written, one complete entry at a time. */
interface ArchiveSink extends Closeable {

    /** Adds {@code content} (complete: its size and CRC are known) under {@code entryName}. */
    void add(String entryName, EntryBuffer content) throws IOException;

    static ArchiveSink open(ArchiveType type, OutputStream out) throws IOException {
        return type == ArchiveType.ZIP ? new ZipSink(out) : new TarGzSink(out);
    }
}
