// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

/** One structure as read from a directory file, checked: a valid SIRET and boolean flags. */
public record StructureRow(String siret, String name, boolean active, boolean engagementRequired,
        boolean serviceRequired, boolean serviceOrEngagementRequired, boolean paymentStatusManaged,
        String address, String postalCode, String town, String countryCode) {
}
