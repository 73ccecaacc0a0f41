// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

/** The {@code codeRetour} values the emulator answers with (0 = OK). */
public final class Codes {

    public static final int OK = 0;
    public static final int BAD_JSON = 1;
    public static final int MISSING_FIELD = 2;
    public static final int BAD_VALUE = 3;
    public static final int NOT_FOUND = 4;
    public static final int BAD_PAGING = 5;
    public static final int UNAUTHORIZED = 401;
    public static final int SERVER_ERROR = 500;
    public static final int TOO_MANY_REQUESTS = 429;
    public static final int UNAVAILABLE = 503;
    public static final int NOT_ALLOWED = 405;
    /** Chorus Pro's code for a file over the size limit. */
    public static final int TOO_LARGE = 20003;

    private Codes() {
    }
}
