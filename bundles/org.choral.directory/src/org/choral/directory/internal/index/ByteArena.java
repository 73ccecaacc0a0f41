// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array of small records (flags, variable-length ints, UTF-8 strings), and the
 * {@link Cursor} that reads them back. The directory's text lives in two of these rather than in
 * a million strings: one large array is never copied by the garbage collector, while the strings
 * of an index being built were copied at every collection of the import.
 */
final class ByteArena {

    private byte[] bytes;
    private int length;

    ByteArena(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    /** The backing array; the first {@link #length()} bytes are used. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    void writeByte(int b) {
        ensure(1);
        bytes[length++] = (byte) b;
    }

    /** A non-negative int in 1 to 5 bytes, 7 bits a byte. */
    void writeVarInt(int v) {
        ensure(5);
        int rest = v;
        while ((rest & ~0x7f) != 0) {
            bytes[length++] = (byte) ((rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        bytes[length++] = (byte) rest;
    }

    /** The string's UTF-8 length, then its bytes; ASCII (nearly all the directory) without a copy. */
    void writeString(String s) {
        int n = s.length();
        if (isAscii(s)) {
            writeVarInt(n);
            ensure(n);
            for (int i = 0; i < n; i++) {
                bytes[length++] = (byte) s.charAt(i);
            }
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeVarInt(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length + (bytes.length >> 1)));
        }
    }

    /**
     * Reads records of a {@link ByteArena} from a position, never past a limit: a damaged array
     * makes it throw {@link IndexOutOfBoundsException} or {@link IllegalArgumentException}, never
     * read beyond its data.
     */
    static final class Cursor {

        private final byte[] bytes;
        private final int limit;
        private int position;

        Cursor(byte[] bytes, int position, int limit) {
            if (position < 0 || position >= limit || limit > bytes.length) {
                throw new IndexOutOfBoundsException(position);
            }
            this.bytes = bytes;
            this.position = position;
            this.limit = limit;
        }

        int readByte() {
            if (position >= limit) {
                throw new IndexOutOfBoundsException(position);
            }
            return bytes[position++] & 0xff;
        }

        int readVarInt() {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = readByte();
                v |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    if (v < 0) {
                        throw new IllegalArgumentException("varint " + v); //$NON-NLS-1$
                    }
                    return v;
                }
            }
            throw new IllegalArgumentException("varint"); //$NON-NLS-1$
        }

        String readString() {
            int n = stringLength();
            String s = new String(bytes, position, n, StandardCharsets.UTF_8);
            position += n;
            return s;
        }

        void skipString() {
            int n = stringLength();
            position += n;
        }

        /** Whether the next string is {@code s}, without decoding it when both are ASCII; moves past it. */
        boolean nextStringEquals(String s) {
            int n = stringLength();
            int start = position;
            position += n;
            if (n == s.length() && isAscii(s)) {
                for (int i = 0; i < n; i++) {
                    if (bytes[start + i] != (byte) s.charAt(i)) {
                        return false;
                    }
                }
                return true;
            }
            return new String(bytes, position - n, n, StandardCharsets.UTF_8).equals(s);
        }

        private int stringLength() {
            int n = readVarInt();
            if (n > limit - position) {
                throw new IndexOutOfBoundsException(position + n);
            }
            return n;
        }
    }
}
