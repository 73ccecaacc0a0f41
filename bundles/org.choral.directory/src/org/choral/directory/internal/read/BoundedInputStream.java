// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes inflated from one zip entry and stops at a limit: the declared sizes of a zip
 * entry can lie, so a zip bomb is only caught by counting what really comes out.
 */
final class BoundedInputStream extends FilterInputStream {

    /** Thrown when an entry inflates past its limit. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        LimitExceededException(long limit) {
            super("uncompressed size above " + limit); //$NON-NLS-1$
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    private void add(long n) throws LimitExceededException {
        count += n;
        if (count > limit) {
            throw new LimitExceededException(limit);
        }
    }
}
