// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

/** Chorus Pro's size limits (chorus-reference.md §3.6 and §4). */
final class Limits {

    /** The invoice PDF and each attachment: 10 MB. */
    static final long FILE_MAX_BYTES = 10L * 1024 * 1024;
    /** The invoice with all its attachments: 120 MB. */
    static final long INVOICE_MAX_BYTES = 120L * 1024 * 1024;
    /** Attachment file names. */
    static final int NAME_MAX = 50;

    private Limits() {
    }
}
