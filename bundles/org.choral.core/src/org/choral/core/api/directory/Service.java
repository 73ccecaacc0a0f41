// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

/**
 * A service (receiving department) of a structure.
 *
 * @param siret the parent structure's SIRET (14 digits)
 * @param code the service code, as published (compared trimmed and exactly)
 * @param name the service's name
 * @param active SvA: the service is active ({@code ServiceActif})
 * @param engagementRequired SvGE: invoices to this service need an engagement ({@code GestionEGMT})
 * @since 0.1
 */
public record Service(String siret, String code, String name, boolean active, boolean engagementRequired) {
}
