// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.invoice;

/**
 * The source as a whole cannot be read: the file is missing or unreadable, or a required column
 * is absent. The message (French) names the file, the line and the field and says what to do.
 *
 * @since 0.1
 */
public class InvoiceSourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SourcePosition position;

    public InvoiceSourceException(SourcePosition position, String message) {
        super(message);
        this.position = position;
    }

    public InvoiceSourceException(SourcePosition position, String message, Throwable cause) {
        super(message, cause);
        this.position = position;
    }

    public SourcePosition position() {
        return position;
    }
}
