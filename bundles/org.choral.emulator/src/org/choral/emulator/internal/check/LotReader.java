// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.choral.emulator.internal.i18n.PortalTexts;
import org.eclipse.osgi.util.NLS;

/**
 * Opens a deposited flux: a ZIP or a tar.gz lot (one file per invoice, plus PDFs), or a bare file.
 * Sizes are bounded so that a compression bomb is refused instead of filling memory.
 */
public final class LotReader {

    static final long MAX_UNPACKED = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private LotReader() {
    }

    public static boolean isZip(byte[] b) {
        // local file header, or the end record alone (an empty archive)
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6);
    }

    public static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /** The files of the flux; a bare file is one entry named {@code fileName}. */
    public static List<LotEntry> read(String fileName, byte[] content) throws FluxException {
        try {
            List<LotEntry> entries;
            if (isZip(content)) {
                entries = zip(content);
            } else if (isGzip(content)) {
                entries = tar(gunzip(content));
            } else {
                return List.of(new LotEntry(fileName, content));
            }
            if (entries.isEmpty()) {
                throw new FluxException("LOT_VIDE", NLS.bind(PortalTexts.Flux_emptyLot, fileName)); //$NON-NLS-1$
            }
            return entries;
        } catch (IOException e) {
            throw new FluxException("ARCHIVE_ILLISIBLE", NLS.bind(PortalTexts.Flux_badArchive, fileName, e.getMessage())); //$NON-NLS-1$
        }
    }

    private static List<LotEntry> zip(byte[] content) throws IOException {
        List<LotEntry> out = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] data = readBounded(in, MAX_UNPACKED - total);
                total += data.length;
                add(out, e.getName(), data);
            }
        }
        return out;
    }

    private static byte[] gunzip(byte[] content) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            return readBounded(in, MAX_UNPACKED);
        }
    }

    /** A ustar/GNU tar reader: regular files only; GNU long names understood, pax headers skipped. */
    private static List<LotEntry> tar(byte[] tar) throws IOException {
        List<LotEntry> out = new ArrayList<>();
        int pos = 0;
        String longName = null;
        while (pos + 512 <= tar.length) {
            if (isZeroBlock(tar, pos)) {
                break;
            }
            String name = field(tar, pos, 100);
            long size = octal(tar, pos + 124, 12);
            char type = (char) tar[pos + 156];
            String prefix = "ustar".equals(field(tar, pos + 257, 5)) ? field(tar, pos + 345, 155) : ""; //$NON-NLS-1$ //$NON-NLS-2$
            int data = pos + 512;
            if (size < 0 || data + size > tar.length) {
                throw new IOException(PortalTexts.Flux_truncatedTar);
            }
            if (type == 'L') {
                longName = new String(tar, data, (int) size, java.nio.charset.StandardCharsets.UTF_8).trim();
            } else {
                if (type == '0' || type == 0) {
                    String full = longName != null ? longName : prefix.isEmpty() ? name : prefix + '/' + name;
                    add(out, full, java.util.Arrays.copyOfRange(tar, data, data + (int) size));
                }
                longName = null;
            }
            pos = data + (int) ((size + 511) / 512 * 512);
        }
        return out;
    }

    private static void add(List<LotEntry> out, String name, byte[] data) throws IOException {
        if (out.size() >= MAX_ENTRIES) {
            throw new IOException(NLS.bind(PortalTexts.Flux_tooManyEntries, MAX_ENTRIES));
        }
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (!base.isEmpty() && !base.startsWith(".")) { //$NON-NLS-1$
            out.add(new LotEntry(name, data));
        }
    }

    private static boolean isZeroBlock(byte[] b, int pos) {
        for (int i = pos; i < pos + 512; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String field(byte[] b, int pos, int len) {
        int end = pos;
        while (end < pos + len && b[end] != 0) {
            end++;
        }
        return new String(b, pos, end - pos, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long octal(byte[] b, int pos, int len) {
        String s = field(b, pos, len).trim();
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0;) {
            total += n;
            if (total > max) {
                throw new IOException(NLS.bind(PortalTexts.Flux_tooLarge, MAX_UNPACKED / (1024 * 1024)));
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
