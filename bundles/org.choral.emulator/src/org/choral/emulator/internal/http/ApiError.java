// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import java.util.Map;

/**
 * An answer other than 200: its HTTP status, {@code codeRetour}, {@code libelle} and extra headers
 * (such as {@code WWW-Authenticate}).
 */
public class ApiError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final int codeRetour;
    private final transient Map<String, String> headers;

    public ApiError(int status, int codeRetour, String libelle) {
        this(status, codeRetour, libelle, Map.of());
    }

    public ApiError(int status, int codeRetour, String libelle, Map<String, String> headers) {
        super(libelle);
        this.status = status;
        this.codeRetour = codeRetour;
        this.headers = Map.copyOf(headers);
    }

    /** A 400 with {@code {codeRetour, libelle}}. */
    public static ApiError badRequest(int codeRetour, String libelle) {
        return new ApiError(400, codeRetour, libelle);
    }

    public int status() {
        return status;
    }

    public int codeRetour() {
        return codeRetour;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
