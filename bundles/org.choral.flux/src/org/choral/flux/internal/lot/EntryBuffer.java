// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * One archive entry while it is written: kept in memory up to a limit, then spilled to a hidden
 * temporary file, so that an invoice whose format fails half-way never leaves a half entry in the
 * lot, memory stays bounded whatever the PDF's size, and an ordinary invoice (a few hundred
 * kilobytes) costs no temporary file. Size and CRC-32 are known when it is complete, which lets a
 * zip store it without a data descriptor.
 */
final class EntryBuffer extends OutputStream {

    /** Above this an entry goes to disk: a few invoices' worth, far below the -Xmx256m budget. */
    static final int MEMORY_LIMIT = 8 * 1024 * 1024;

    private final Path folder;
    private String name;
    private final int limit;
    private final CRC32 crc = new CRC32();
    private byte[] bytes = new byte[64 * 1024];
    private int count;
    private long size;
    private Path spill;
    private OutputStream spillOut;

    EntryBuffer(Path folder, String name) {
        this(folder, name, MEMORY_LIMIT);
    }

    EntryBuffer(Path folder, String name, int limit) {
        this.folder = folder;
        this.name = name;
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        crc.update(b, off, len);
        size += len;
        if (spillOut != null) {
            spillOut.write(b, off, len);
            return;
        }
        if (count + len > limit) {
            spill = AtomicFiles.temp(folder, name);
            spillOut = new BufferedOutputStream(Files.newOutputStream(spill), 64 * 1024);
            spillOut.write(bytes, 0, count);
            spillOut.write(b, off, len);
            bytes = null;
            return;
        }
        if (count + len > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.min(limit, Math.max(count + len, bytes.length * 2)));
        }
        System.arraycopy(b, off, bytes, count, len);
        count += len;
    }

    @Override
    public void close() throws IOException {
        if (spillOut != null) {
            spillOut.close();
        }
    }

    long size() {
        return size;
    }

    long crc() {
        return crc.getValue();
    }

    boolean spilled() {
        return spill != null;
    }

    /** Copies the complete content to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        if (spill == null) {
            out.write(bytes, 0, count);
            return;
        }
        spillOut.flush();
        try (InputStream in = Files.newInputStream(spill)) {
            in.transferTo(out);
        }
    }

    /**
     * Forgets the content and removes the spill file, if any; the memory buffer is kept for the
     * next entry (the lot's entries are usually alike in size).
     */
    void reset() {
        try {
            close();
        } catch (IOException e) {
            // the file is deleted below all the same
        }
        AtomicFiles.deleteQuietly(spill);
        spill = null;
        spillOut = null;
        if (bytes == null) {
            bytes = new byte[64 * 1024];
        }
        count = 0;
        size = 0;
        crc.reset();
    }

    /** Sets the name the next spill file is made after. */
    EntryBuffer named(String entryName) {
        this.name = entryName;
        return this;
    }
}
