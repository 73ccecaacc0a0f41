// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of a successful credentials check (a failed one is a {@link PortalException}).
 *
 * @param portal the connector id
 * @param endpoint where it was checked (API base, or outbox folder)
 * @param supplierStructures how many supplier structures the account may invoice from (-1: not
 *            applicable)
 * @param passwordExpiry when the technical account's password expires, or {@code null} when unknown
 * @param warnings what the user should act on soon, in the user's language
 * @since 0.1
 */
public record CredentialsReport(String portal, URI endpoint, int supplierStructures, LocalDate passwordExpiry,
        List<String> warnings) {

    public CredentialsReport {
        warnings = List.copyOf(warnings);
    }
}
