// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of a product archive (tar.gz or zip): path below the root folder, unix mode and the
 * content of small text files. A tar reader of our own (ustar + PAX long names, as Tycho writes
 * them) keeps the module free of any library but JUnit.
 */
final class Archive {

    /** One file of the archive; {@code mode} is -1 in a zip, which has no unix modes. */
    record Entry(String path, int mode, byte[] content) {
        boolean executable() {
            return mode >= 0 && (mode & 0111) == 0111;
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final long KEEP_CONTENT_BELOW = 64 * 1024;

    final Map<String, Entry> entries = new LinkedHashMap<>();

    static Archive read(Path file) throws IOException {
        Archive a = new Archive();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (file.getFileName().toString().endsWith(".zip")) {
                a.readZip(in);
            } else {
                a.readTar(new GZIPInputStream(in));
            }
        }
        return a;
    }

    private void readZip(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (!e.isDirectory()) {
                    add(e.getName(), -1, zip.readAllBytes());
                }
            }
        }
    }

    private void readTar(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        byte[] header = new byte[512];
        String longName = null;
        while (true) {
            try {
                in.readFully(header);
            } catch (EOFException e) {
                return;
            }
            if (header[0] == 0) {
                return; // end-of-archive marker
            }
            String name = field(header, 0, 100);
            int mode = (int) octal(header, 100, 8);
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            String prefix = "ustar".equals(field(header, 257, 5)) ? field(header, 345, 155) : "";
            byte[] data = readPadded(in, size, type != '0' && type != 0 || size <= KEEP_CONTENT_BELOW);
            if (type == 'x') {
                longName = paxPath(data, longName);
            } else if (type == 'L') {
                longName = new String(data, StandardCharsets.UTF_8).trim();
            } else if (type == 'g') {
                continue;
            } else {
                String path = longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name;
                longName = null;
                if (type == '0' || type == 0) {
                    add(path, mode, data);
                }
            }
        }
    }

    /**
     * Keeps the path below the installation folder: {@code choral/} on Linux and Windows,
     * {@code choral.app/Contents/Eclipse/} in the macOS app bundle (whose other files are kept
     * under their path from the root, e.g. {@code choral.app/Contents/Info.plist}).
     */
    private void add(String path, int mode, byte[] content) {
        String rel = path.contains("/") ? path.substring(path.indexOf('/') + 1) : path;
        if (path.matches("[^/]+\\.app/.*")) {
            rel = path.matches("[^/]+\\.app/Contents/Eclipse/.*") ? path.replaceFirst("[^/]+\\.app/Contents/Eclipse/", "") : path;
        }
        entries.put(rel, new Entry(rel, mode, content));
    }

    private static byte[] readPadded(DataInputStream in, long size, boolean keep) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long padded = (size + 511) / 512 * 512;
        byte[] buf = new byte[8192];
        for (long left = padded; left > 0;) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (n < 0) {
                throw new EOFException("truncated tar entry");
            }
            long useful = Math.max(0, Math.min(n, size - (padded - left)));
            if (keep && useful > 0) {
                kept.write(buf, 0, (int) useful);
            }
            left -= n;
        }
        return kept.toByteArray();
    }

    /** PAX records are {@code "LEN key=value\n"}; only {@code path} matters here. */
    private static String paxPath(byte[] data, String current) {
        for (String record : new String(data, StandardCharsets.UTF_8).split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 6);
            }
        }
        return current;
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int off, int len) {
        String s = field(h, off, len).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }
}
