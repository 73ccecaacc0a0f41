// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

/**
 * What goes wrong when a {@link Fault} fires. Whether the request is still carried out matters to a
 * client that must never deposit twice, so each kind says it.
 *
 * @since 0.1
 */
public enum FaultKind {
    /** HTTP 429 with {@code Retry-After} ({@link Fault#retryAfterSeconds()}); not carried out. */
    TOO_MANY_REQUESTS,
    /** HTTP 500; not carried out. */
    SERVER_ERROR,
    /** HTTP 503 with {@code Retry-After}; not carried out. */
    UNAVAILABLE,
    /** The answer comes after {@link Fault#delayMillis()}; carried out normally. */
    SLOW,
    /** No answer: the connection is held {@link Fault#delayMillis()} then reset; not carried out. */
    TIMEOUT,
    /** Carried out (a deposit is recorded), then the connection is reset: the answer is lost. */
    RESET_AFTER_ACCEPT,
    /** Every token issued so far expires before the call is checked: 401 {@code invalid_token}. */
    TOKEN_EXPIRED,
    /** HTTP 401 for the technical account ({@code WWW-Authenticate} says why); not carried out. */
    BAD_ACCOUNT,
    /** HTTP 413, code 20003; not carried out. */
    OVERSIZE,
    /** Carried out, but the JSON answer is cut short (HTTP 200, unparseable body). */
    MALFORMED_JSON,
    /** On {@code deposer/flux}: accepted, then the flux ends {@code IN_INCIDENTE} (resend it whole). */
    FLUX_INCIDENT
}
