// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

import java.util.List;

/**
 * A public structure of the directory, with the flags the reference tool shows and its services.
 *
 * @param siret 14 digits, leading zeros restored
 * @param name {@code RaisonSociale}
 * @param active StA ({@code StructureActive})
 * @param engagementRequired StGE ({@code GestionEngagement})
 * @param serviceRequired StGS ({@code GestionService})
 * @param serviceOrEngagementRequired StGSE ({@code GestionServiceEngagement})
 * @param paymentStatusManaged {@code GestionStatutMiseEnPaiement}
 * @param address {@code Adresse} (complements appended)
 * @param postalCode {@code CodePostal}
 * @param town {@code Ville}
 * @param countryCode {@code CodePays}
 * @param services the structure's services, ordered by code
 * @since 0.1
 */
public record Structure(String siret, String name, boolean active, boolean engagementRequired,
        boolean serviceRequired, boolean serviceOrEngagementRequired, boolean paymentStatusManaged,
        String address, String postalCode, String town, String countryCode, List<Service> services) {

    public Structure {
        services = List.copyOf(services);
    }

    /** The service with exactly this code (trimmed), or {@code null}. */
    public Service service(String code) {
        if (code == null) {
            return null;
        }
        String wanted = code.trim();
        for (Service s : services) {
            if (s.code().equals(wanted)) {
                return s;
            }
        }
        return null;
    }
}
