// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The writing side of {@link SnapshotFile}: a buffer with variable-length integers and UTF-8
 * strings, checksummed block by block (one CRC call per 64 KB rather than per value), the CRC-32
 * written last.
 */
final class SnapshotOutput {

    private final OutputStream out;
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[1 << 16];
    private int position;

    SnapshotOutput(OutputStream out) {
        this.out = out;
    }

    void writeByte(int b) throws IOException {
        if (position == buffer.length) {
            flush();
        }
        buffer[position++] = (byte) b;
    }

    void writeLong(long v) throws IOException {
        for (int shift = 56; shift >= 0; shift -= 8) {
            writeByte((int) (v >>> shift));
        }
    }

    /** Non-negative ints in 1 to 5 bytes, 7 bits a byte. */
    void writeVarInt(int v) throws IOException {
        int rest = v;
        while ((rest & ~0x7f) != 0) {
            writeByte((rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        writeByte(rest);
    }

    void writeInt(int v) throws IOException {
        for (int shift = 24; shift >= 0; shift -= 8) {
            writeByte(v >>> shift);
        }
    }

    void writeString(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        writeVarInt(bytes.length);
        writeBytes(bytes, bytes.length);
    }

    /** The first {@code length} bytes of {@code bytes}, as they are. */
    void writeBytes(byte[] bytes, int length) throws IOException {
        int done = 0;
        while (done < length) {
            if (position == buffer.length) {
                flush();
            }
            int n = Math.min(length - done, buffer.length - position);
            System.arraycopy(bytes, done, buffer, position, n);
            position += n;
            done += n;
        }
    }

    /** Writes what is buffered, then the CRC-32 of everything before it. */
    void finish() throws IOException {
        flush();
        long value = crc.getValue();
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[position++] = (byte) (value >>> shift);
        }
        out.write(buffer, 0, position);
        position = 0;
        out.flush();
    }

    private void flush() throws IOException {
        crc.update(buffer, 0, position);
        out.write(buffer, 0, position);
        position = 0;
    }
}
