// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.bot;

/** A condition that did not become true in time, like SWTBot's {@code TimeoutException}. */
public class TimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TimeoutException(String message) {
        super(message);
    }
}
