// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryBufferTest {

    @TempDir
    Path dir;

    @Test
    void smallEntryStaysInMemoryWithItsSizeAndCrc() throws Exception {
        byte[] data = random(100_000);
        EntryBuffer buffer = new EntryBuffer(dir, "F1.xml", 1024 * 1024); //$NON-NLS-1$
        write(buffer, data);
        assertFalse(buffer.spilled());
        assertEquals(data.length, buffer.size());
        assertEquals(crc(data), buffer.crc());
        assertArrayEquals(data, content(buffer));
        assertEquals(0, files());
    }

    @Test
    void largeEntrySpillsToAHiddenFileRemovedOnReset() throws Exception {
        byte[] data = random(300_000);
        EntryBuffer buffer = new EntryBuffer(dir, "F1.xml", 64 * 1024); //$NON-NLS-1$
        write(buffer, data);
        assertTrue(buffer.spilled());
        assertEquals(1, files());
        assertEquals(crc(data), buffer.crc());
        assertArrayEquals(data, content(buffer));
        buffer.reset();
        assertEquals(0, files());
        byte[] next = random(1000);
        write(buffer, next);
        assertFalse(buffer.spilled());
        assertArrayEquals(next, content(buffer));
        assertEquals(crc(next), buffer.crc());
    }

    @Test
    void zipStoresPdfsAndDeflatesXmlReadableBack() throws Exception {
        byte[] pdf = random(50_000);
        byte[] xml = "<a>QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=</a>".repeat(2000).getBytes(java.nio.charset.StandardCharsets.US_ASCII); //$NON-NLS-1$
        Path zipFile = dir.resolve("lot.zip"); //$NON-NLS-1$
        try (OutputStream out = Files.newOutputStream(zipFile); ZipSink zip = new ZipSink(out)) {
            EntryBuffer buffer = new EntryBuffer(dir, "x"); //$NON-NLS-1$
            write(buffer.named("F1.pdf"), pdf); //$NON-NLS-1$
            zip.add("F1.pdf", buffer); //$NON-NLS-1$
            buffer.reset();
            write(buffer.named("F2.xml"), xml); //$NON-NLS-1$
            zip.add("F2.xml", buffer); //$NON-NLS-1$
            buffer.reset();
        }
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry p = zip.getEntry("F1.pdf"); //$NON-NLS-1$
            assertEquals(ZipEntry.STORED, p.getMethod());
            assertArrayEquals(pdf, zip.getInputStream(p).readAllBytes());
            ZipEntry x = zip.getEntry("F2.xml"); //$NON-NLS-1$
            assertEquals(ZipEntry.DEFLATED, x.getMethod());
            assertTrue(x.getCompressedSize() < xml.length, "base64 text is entropy-coded smaller"); //$NON-NLS-1$
            assertArrayEquals(xml, zip.getInputStream(x).readAllBytes());
        }
    }

    private static void write(EntryBuffer buffer, byte[] data) throws IOException {
        // in uneven pieces, as a writer does
        for (int off = 0; off < data.length; off += 7777) {
            buffer.write(data, off, Math.min(7777, data.length - off));
        }
        buffer.close();
    }

    private static byte[] content(EntryBuffer buffer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        buffer.writeTo(out);
        return out.toByteArray();
    }

    private long files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    private static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }
}
