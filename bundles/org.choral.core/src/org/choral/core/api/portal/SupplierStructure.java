// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

/**
 * A supplier structure the account may invoice from.
 *
 * @param id the portal's id ({@code idStructureCPP})
 * @param identifier its SIRET (or other identifier)
 * @param name its name
 * @since 0.1
 */
public record SupplierStructure(String id, String identifier, String name) {
}
