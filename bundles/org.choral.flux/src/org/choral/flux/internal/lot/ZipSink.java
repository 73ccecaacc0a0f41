// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A {@code .zip} lot. The entries are mostly compressed PDFs or their base64, for which a general
 * deflate spends its time looking for repeats that are not there: a PDF (Factur-X) is stored as it
 * is (size and CRC known beforehand, no data descriptor), an XML is deflated with Huffman coding
 * only, which still takes base64's 6 bits per byte back to about 75 % of its size at several
 * times the speed of even the fastest level.
 */
final class ZipSink implements ArchiveSink {

    private final HuffmanZip zip;
    private final FileTime time = FileTime.fromMillis(System.currentTimeMillis());

    ZipSink(OutputStream out) {
        zip = new HuffmanZip(out);
    }

    @Override
    public void add(String entryName, EntryBuffer content) throws IOException {
        ZipEntry entry = new ZipEntry(entryName);
        entry.setLastModifiedTime(time);
        if (entryName.toLowerCase(Locale.ROOT).endsWith(".pdf")) { //$NON-NLS-1$
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.size());
            entry.setCompressedSize(content.size());
            entry.setCrc(content.crc());
        } else {
            entry.setMethod(ZipEntry.DEFLATED);
        }
        zip.putNextEntry(entry);
        content.writeTo(zip);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** The deflater of a {@link ZipOutputStream} is only reachable from a subclass. */
    private static final class HuffmanZip extends ZipOutputStream {
        HuffmanZip(OutputStream out) {
            super(out);
            def.setStrategy(Deflater.HUFFMAN_ONLY);
        }
    }
}
