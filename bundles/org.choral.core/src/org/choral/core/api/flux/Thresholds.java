// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

/**
 * What a lot may hold before Chorus Pro risks refusing it. The maximum size of one deposit is not
 * documented: these are the product's prudent defaults, settable by the user.
 *
 * @param maxBase64Bytes the largest base64 payload of one lot, in bytes
 * @param maxInvoices the largest number of invoices in one lot
 * @since 0.1
 */
public record Thresholds(long maxBase64Bytes, int maxInvoices) {

    /** One megabyte, as the settings and the command line count it. */
    public static final long MEGABYTE = 1024L * 1024;

    /** 100 MB of base64 and 500 invoices. */
    public static final Thresholds DEFAULTS = new Thresholds(100 * MEGABYTE, 500);

    public Thresholds {
        if (maxBase64Bytes <= 0 || maxInvoices <= 0) {
            throw new IllegalArgumentException("thresholds must be positive"); //$NON-NLS-1$
        }
    }

    /** The thresholds given in whole megabytes of base64 (as the settings and {@code --max-mb} give them). */
    public static Thresholds ofMegabytes(int maxMegabytes, int maxInvoices) {
        return new Thresholds(maxMegabytes * MEGABYTE, maxInvoices);
    }

    /** {@link #maxBase64Bytes()} in whole megabytes, rounded down. */
    public int maxMegabytes() {
        return (int) Math.min(Integer.MAX_VALUE, maxBase64Bytes / MEGABYTE);
    }
}
