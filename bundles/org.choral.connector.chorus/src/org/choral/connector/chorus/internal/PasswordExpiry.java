// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.choral.connector.chorus.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/** The technical account's password expires every 424 days: warn a month ahead. */
final class PasswordExpiry {

    static final int WARN_DAYS = 30;

    private PasswordExpiry() {
    }

    /** The warning to show for a password expiring on {@code expiry}, seen on {@code today}. */
    static Optional<String> warning(LocalDate expiry, LocalDate today) {
        if (expiry == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(today, expiry);
        if (days < 0) {
            return Optional.of(NLS.bind(Messages.Warning_passwordExpired, expiry));
        }
        return days <= WARN_DAYS ? Optional.of(NLS.bind(Messages.Warning_passwordExpires, expiry, days))
                : Optional.empty();
    }
}
