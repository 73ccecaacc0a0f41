// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code deposer/flux} body, written straight from the file: the flux (up to a hundred
 * megabytes of base64) is encoded as it goes out and never held in memory. Its length is known in
 * advance, so the request is not chunked; it can be written again (for a retry after a 429 or a
 * renewed token, never after it may have been received).
 */
public final class FluxEntity extends AbstractHttpEntity {

    private final Path file;
    private final long size;
    private final byte[] prefix;
    private final byte[] suffix;

    public FluxEntity(Path file, long size, String fileName, String syntax, ObjectMapper json) throws IOException {
        super(ContentType.parse("application/json;charset=utf-8"), null); //$NON-NLS-1$
        this.file = file;
        this.size = size;
        this.prefix = "{\"fichierFlux\":\"".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
        this.suffix = ("\",\"nomFichier\":" + json.writeValueAsString(fileName) + ",\"syntaxeFlux\":" //$NON-NLS-1$ //$NON-NLS-2$
                + json.writeValueAsString(syntax) + ",\"avecSignature\":false}").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
    }

    @Override
    public long getContentLength() {
        return prefix.length + 4 * ((size + 2) / 3) + suffix.length;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(prefix);
        try (OutputStream base64 = Base64.getEncoder().wrap(new KeepOpen(out))) {
            Files.copy(file, base64);
        }
        out.write(suffix);
        out.flush();
    }

    /** Only {@link #writeTo} is used by the classic client: the body is produced, not read. */
    @Override
    public InputStream getContent() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public void close() {
        // nothing held: the file is opened by each writeTo
    }

    /** Lets the base64 encoder write its padding on close without closing the connection's stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
