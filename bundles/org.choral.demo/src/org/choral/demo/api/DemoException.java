// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.api;

/**
 * The demo could not be prepared; the message, in the user's language, says what and what to do.
 *
 * @since 0.1
 */
public class DemoException extends Exception {

    private static final long serialVersionUID = 1L;

    public DemoException(String message, Throwable cause) {
        super(message, cause);
    }
}
