// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * A {@code .tar.gz} lot in POSIX ustar format, written here rather than with a library: regular
 * files with short names are all a lot holds. Each entry is a 512-byte header then the content
 * padded to 512 bytes; two zero blocks end the archive.
 */
final class TarGzSink implements ArchiveSink {

    private static final int BLOCK = 512;

    private final GZIPOutputStream gzip;
    private final long mtime = System.currentTimeMillis() / 1000;

    TarGzSink(OutputStream out) throws IOException {
        gzip = new HuffmanGzip(out);
    }

    /**
     * Huffman coding only, as in {@link ZipSink}: the content is compressed PDFs and their base64,
     * where searching for repeats costs much and gains next to nothing.
     */
    private static final class HuffmanGzip extends GZIPOutputStream {
        HuffmanGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setStrategy(java.util.zip.Deflater.HUFFMAN_ONLY);
        }
    }

    @Override
    public void add(String entryName, EntryBuffer content) throws IOException {
        long size = content.size();
        gzip.write(header(entryName, size, mtime));
        content.writeTo(gzip);
        int pad = (int) ((BLOCK - size % BLOCK) % BLOCK);
        gzip.write(new byte[pad]);
    }

    static byte[] header(String name, long size, long mtime) {
        byte[] h = new byte[BLOCK];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        if (n.length > 100) {
            throw new IllegalArgumentException("tar entry name longer than 100 bytes: " + name); //$NON-NLS-1$
        }
        System.arraycopy(n, 0, h, 0, n.length);
        octal(h, 100, 8, 0644);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, mtime);
        h[156] = '0';
        ascii(h, 257, "ustar\0"); //$NON-NLS-1$
        ascii(h, 263, "00"); //$NON-NLS-1$
        // the checksum is computed with its own field read as eight spaces
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        String chk = String.format("%06o", sum); //$NON-NLS-1$
        ascii(h, 148, chk);
        h[154] = 0;
        h[155] = ' ';
        return h;
    }

    /** {@code value} in octal, zero-padded, NUL-terminated in a field of {@code length} bytes. */
    private static void octal(byte[] h, int offset, int length, long value) {
        String s = Long.toOctalString(value);
        if (s.length() > length - 1) {
            throw new IllegalArgumentException("value too large for a tar field: " + value); //$NON-NLS-1$
        }
        String padded = "0".repeat(length - 1 - s.length()) + s; //$NON-NLS-1$
        ascii(h, offset, padded);
        h[offset + length - 1] = 0;
    }

    private static void ascii(byte[] h, int offset, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, offset, b.length);
    }

    @Override
    public void close() throws IOException {
        gzip.write(new byte[2 * BLOCK]);
        gzip.close();
    }
}
