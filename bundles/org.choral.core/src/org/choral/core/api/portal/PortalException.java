// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.time.Duration;

import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Why a portal operation failed, as a closed set of cases the caller can act on; the message is
 * meant for the user (what happened, what to do) and never carries a secret. No HTTP status
 * crosses this seam.
 *
 * @since 0.1
 */
public abstract sealed class PortalException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The cases, for callers that print or store them (JSON {@code "error"} field). */
    public enum Kind {
        AUTHENTICATION, REFUSED, TOO_LARGE, RATE_LIMITED, UNAVAILABLE, TIMEOUT, PROTOCOL, ANSWER_LOST, UNSUPPORTED
    }

    private final Kind kind;

    private PortalException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether calling again later may succeed without the user changing anything. */
    public boolean isTransient() {
        return kind == Kind.RATE_LIMITED || kind == Kind.UNAVAILABLE || kind == Kind.TIMEOUT;
    }

    /** The credentials were refused (PISTE client, technical account, expired password, no access). */
    public static final class Authentication extends PortalException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        /** @param reason the portal's reason code ({@code invalid_client}, {@code password_expired}…) or null */
        public Authentication(String message, String reason) {
            super(Kind.AUTHENTICATION, message, null);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** The portal understood the request and refused it (its code and label say why). */
    public static final class Refused extends PortalException {
        private static final long serialVersionUID = 1L;
        private final String code;

        public Refused(String message, String code) {
            super(Kind.REFUSED, message, null);
            this.code = code;
        }

        /** The portal's return code ({@code codeRetour}). */
        public String code() {
            return code;
        }
    }

    /** The file is over the portal's size limit. */
    public static final class TooLarge extends PortalException {
        private static final long serialVersionUID = 1L;

        public TooLarge(String message) {
            super(Kind.TOO_LARGE, message, null);
        }
    }

    /** Too many calls: the portal asks to wait (retries already spent). */
    public static final class RateLimited extends PortalException {
        private static final long serialVersionUID = 1L;
        private final Duration retryAfter;

        /** @param retryAfter how long the portal asked to wait, or null */
        public RateLimited(String message, Duration retryAfter) {
            super(Kind.RATE_LIMITED, message, null);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The portal cannot be reached or is out of order; nothing was recorded. */
    public static final class Unavailable extends PortalException {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(Kind.UNAVAILABLE, message, cause);
        }
    }

    /** No answer in time to a call that changes nothing on the portal. */
    public static final class Timeout extends PortalException {
        private static final long serialVersionUID = 1L;

        public Timeout(String message, Throwable cause) {
            super(Kind.TIMEOUT, message, cause);
        }
    }

    /** The portal answered something this version cannot read. */
    public static final class Protocol extends PortalException {
        private static final long serialVersionUID = 1L;

        public Protocol(String message, Throwable cause) {
            super(Kind.PROTOCOL, message, cause);
        }
    }

    /**
     * A deposit was sent but its answer never came (connection reset, timeout, cut answer): the portal
     * may have recorded it. Never resend before the portal says it does not have it.
     */
    public static final class AnswerLost extends PortalException {
        private static final long serialVersionUID = 1L;
        private final String fileName;

        public AnswerLost(String message, String fileName, Throwable cause) {
            super(Kind.ANSWER_LOST, message, cause);
            this.fileName = fileName;
        }

        /** The deposited file's name, to look the flux up on the portal. */
        public String fileName() {
            return fileName;
        }
    }

    /** The portal cannot do this at all ({@link PortalConnector#capabilities()}). */
    public static final class Unsupported extends PortalException {
        private static final long serialVersionUID = 1L;
        private final Capability capability;

        public Unsupported(String portal, Capability capability) {
            super(Kind.UNSUPPORTED, NLS.bind(Messages.Portal_unsupported, portal, capability), null);
            this.capability = capability;
        }

        public Capability capability() {
            return capability;
        }
    }
}
