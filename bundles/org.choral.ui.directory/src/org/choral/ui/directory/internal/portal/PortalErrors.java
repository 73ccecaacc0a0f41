// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.portal;

import org.choral.core.api.portal.PortalException;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/** A portal's typed error as one French sentence: what happened, then the portal's own words. */
public final class PortalErrors {

    private PortalErrors() {
    }

    public static String describe(PortalException e) {
        String what = switch (e.kind()) {
        case AUTHENTICATION -> Messages.PortalError_authentication;
        case REFUSED -> Messages.PortalError_refused;
        case TOO_LARGE -> Messages.PortalError_tooLarge;
        case RATE_LIMITED -> Messages.PortalError_rateLimited;
        case UNAVAILABLE -> Messages.PortalError_unavailable;
        case TIMEOUT -> Messages.PortalError_timeout;
        case PROTOCOL -> Messages.PortalError_protocol;
        case ANSWER_LOST -> Messages.PortalError_answerLost;
        case UNSUPPORTED -> Messages.PortalError_unsupported;
        };
        return NLS.bind(what, e.getMessage());
    }
}
