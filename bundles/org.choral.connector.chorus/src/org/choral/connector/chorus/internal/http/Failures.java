// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.choral.connector.chorus.internal.i18n.Messages;
import org.choral.core.api.portal.PortalException;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns HTTP statuses and transport failures into the typed errors of the portal SPI. */
final class Failures {

    private static final Pattern REASON = Pattern.compile("error=\"([^\"]*)\""); //$NON-NLS-1$

    private Failures() {
    }

    /**
     * A failure of the exchange itself. Before the request left (no connection, TLS refused) nothing
     * happened on the portal; after, a deposit may have been recorded: its answer is lost.
     */
    static PortalException transport(IOException e, String label, boolean safe, String fileName) {
        String why = cause(e);
        if (e instanceof SSLException) {
            return new PortalException.Unavailable(NLS.bind(Messages.Error_tls, label, why), e);
        }
        if (notSent(e)) {
            return new PortalException.Unavailable(NLS.bind(Messages.Error_unreachable, label, why), e);
        }
        if (!safe) {
            return new PortalException.AnswerLost(NLS.bind(Messages.Error_answerLost, fileName, why), fileName, e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new PortalException.Timeout(NLS.bind(Messages.Error_timeout, label), e);
        }
        return new PortalException.Unavailable(NLS.bind(Messages.Error_interrupted, label, why), e);
    }

    /**
     * What went wrong with the connection, in the user's words for the usual cases; the exception
     * itself for the others (a TLS failure's detail is what an administrator needs).
     */
    static String cause(IOException e) {
        if (e instanceof ConnectException) {
            return Messages.Cause_refused;
        }
        if (e instanceof ConnectTimeoutException) {
            return Messages.Cause_connectTimeout;
        }
        if (e instanceof UnknownHostException) {
            return NLS.bind(Messages.Cause_unknownHost, e.getMessage());
        }
        if (e instanceof NoRouteToHostException) {
            return Messages.Cause_noRoute;
        }
        if (e instanceof SocketTimeoutException) {
            return Messages.Cause_noAnswerInTime;
        }
        if (e instanceof NoHttpResponseException) {
            return Messages.Cause_closedWithoutAnswer;
        }
        if (e instanceof SocketException || e instanceof ConnectionClosedException) {
            return Messages.Cause_cut;
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean notSent(IOException e) {
        return e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException || e instanceof NoRouteToHostException;
    }

    /** A 200 whose body could not be read. */
    static PortalException unreadable(Exception e, String label, boolean safe, String fileName) {
        String why = String.valueOf(e.getMessage());
        if (!safe) {
            return new PortalException.AnswerLost(NLS.bind(Messages.Error_answerLost, fileName, why), fileName, e);
        }
        return new PortalException.Protocol(NLS.bind(Messages.Error_protocol, label, why), e);
    }

    /** Any answer other than 200 (retries, if any, already spent). */
    static PortalException status(Answer<?> a, String label, String environment) {
        String libelle = libelle(a.error());
        String code = text(a.error(), "codeRetour"); //$NON-NLS-1$
        return switch (a.status()) {
        case 400 -> new PortalException.Refused(NLS.bind(Messages.Error_refused, new Object[] { label, libelle, code }),
                code);
        case 401 -> isTokenChallenge(a.challenge())
                ? new PortalException.Authentication(NLS.bind(Messages.Error_token, label, libelle), "invalid_token") //$NON-NLS-1$
                : new PortalException.Authentication(NLS.bind(Messages.Error_account, reason(a.challenge()), libelle),
                        reason(a.challenge()));
        case 403 -> new PortalException.Authentication(NLS.bind(Messages.Error_forbidden, label, libelle), "forbidden"); //$NON-NLS-1$
        case 404 -> new PortalException.Protocol(NLS.bind(Messages.Error_notFound, label, environment), null);
        case 413 -> new PortalException.TooLarge(NLS.bind(Messages.Error_tooLarge, label, libelle));
        case 429 -> {
            Duration wait = retryAfter(a.retryAfter());
            yield new PortalException.RateLimited(
                    NLS.bind(Messages.Error_rateLimited, label, wait == null ? "?" : wait.toSeconds()), wait); //$NON-NLS-1$
        }
        default -> a.status() >= 500
                ? new PortalException.Unavailable(
                        NLS.bind(Messages.Error_unavailable, new Object[] { label, a.status(), libelle }), null)
                : new PortalException.Protocol(NLS.bind(Messages.Error_protocol, label, "HTTP " + a.status() + ' ' + libelle), //$NON-NLS-1$
                        null);
        };
    }

    /** A 401 about the bearer token (renewing it may help), not about the technical account. */
    static boolean isTokenChallenge(String challenge) {
        return challenge == null || challenge.isBlank() || challenge.regionMatches(true, 0, "Bearer", 0, 6); //$NON-NLS-1$
    }

    /** The {@code error="..."} of a challenge, or the challenge itself. */
    static String reason(String challenge) {
        if (challenge == null) {
            return "unauthorized"; //$NON-NLS-1$
        }
        Matcher m = REASON.matcher(challenge);
        return m.find() ? m.group(1) : challenge;
    }

    /** {@code Retry-After} as seconds or as an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(h)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    static String libelle(JsonNode error) {
        String l = text(error, "libelle"); //$NON-NLS-1$
        if (l == null) {
            l = text(error, "error_description"); //$NON-NLS-1$
        }
        if (l == null) {
            l = text(error, "message"); //$NON-NLS-1$
        }
        return l == null ? "" : l; //$NON-NLS-1$
    }

    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
