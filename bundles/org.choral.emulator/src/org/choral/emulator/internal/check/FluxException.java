// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

/** The flux as a whole cannot be read: it becomes a {@code listeErreurTechnique} entry. */
public class FluxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    public FluxException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
