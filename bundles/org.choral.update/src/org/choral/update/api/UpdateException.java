// SPDX-License-Identifier: EPL-2.0
package org.choral.update.api;

/**
 * Why an update could not be looked for or installed; the message says what to do.
 *
 * @since 0.1
 */
public class UpdateException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently (exit codes, dialog icons). */
    public enum Kind {
        /** The site address is not a usable URL. */
        BAD_SITE,
        /** The site could not be reached or is not a p2 repository. */
        SITE_UNREACHABLE,
        /** This Choral was not installed by p2 (e.g. started from a development workspace). */
        NOT_UPDATABLE,
        /** The updates could not be resolved or installed; the installation is unchanged. */
        FAILED
    }

    private final Kind kind;

    public UpdateException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public UpdateException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
