// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The reading side of {@link SnapshotFile}. Knowing the file's size, it checksums the body as it
 * refills its buffer and checks the trailing CRC-32 in {@link #verifyEnd}. Lengths are bounded so
 * that a damaged file fails fast instead of asking for gigabytes.
 */
final class SnapshotInput {

    private static final int TRAILER = 8;
    private static final int MAX_STRING = 1 << 20;

    private final InputStream in;
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[1 << 16];
    private long bodyLeft;
    private int position;
    private int limit;

    SnapshotInput(InputStream in, long size) throws IOException {
        if (size < TRAILER) {
            throw new EOFException();
        }
        this.in = in;
        this.bodyLeft = size - TRAILER;
    }

    int readByte() throws IOException {
        if (position == limit) {
            fill();
        }
        return buffer[position++] & 0xff;
    }

    long readLong() throws IOException {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | readByte();
        }
        return v;
    }

    int readVarInt() throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("varint"); //$NON-NLS-1$
    }

    int readInt() throws IOException {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | readByte();
        }
        return v;
    }

    /**
     * Reads {@code length} bytes into a new array.
     *
     * @throws IOException when the file does not hold that many: a damaged length never makes
     *         it allocate more than the file's size
     */
    byte[] readBytes(int length) throws IOException {
        if (length < 0 || length > bodyLeft + (limit - position)) {
            throw new IOException("length " + length); //$NON-NLS-1$
        }
        byte[] bytes = new byte[length];
        int done = 0;
        while (done < length) {
            if (position == limit) {
                fill();
            }
            int n = Math.min(length - done, limit - position);
            System.arraycopy(buffer, position, bytes, done, n);
            position += n;
            done += n;
        }
        return bytes;
    }

    /** Checks, before an array of {@code count} items of {@code width} bytes is allocated, that the file holds them. */
    void checkAvailable(long count, int width) throws IOException {
        if (count < 0 || count * width > bodyLeft + (limit - position)) {
            throw new IOException("count " + count); //$NON-NLS-1$
        }
    }

    String readString() throws IOException {
        int length = readVarInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("string length " + length); //$NON-NLS-1$
        }
        if (limit - position >= length) {
            String s = new String(buffer, position, length, StandardCharsets.UTF_8);
            position += length;
            return s;
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) readByte();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Checks that the body was read to its end and that its CRC-32 is the one stored after it. */
    void verifyEnd() throws IOException {
        if (position != limit || bodyLeft != 0) {
            throw new IOException("trailing data"); //$NON-NLS-1$
        }
        byte[] trailer = in.readNBytes(TRAILER);
        if (trailer.length != TRAILER || in.read() != -1) {
            throw new IOException("bad trailer"); //$NON-NLS-1$
        }
        long stored = 0;
        for (byte b : trailer) {
            stored = (stored << 8) | (b & 0xff);
        }
        if (stored != crc.getValue()) {
            throw new IOException("CRC"); //$NON-NLS-1$
        }
    }

    private void fill() throws IOException {
        if (bodyLeft == 0) {
            throw new EOFException();
        }
        int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, bodyLeft));
        if (n <= 0) {
            throw new EOFException();
        }
        crc.update(buffer, 0, n);
        bodyLeft -= n;
        position = 0;
        limit = n;
    }
}
