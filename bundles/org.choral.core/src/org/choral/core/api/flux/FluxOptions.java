// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import java.util.Objects;

/**
 * What a format needs besides the invoice.
 *
 * @param supplier the seller
 * @param frameworkPlacement where the billing framework goes
 * @param profile the Factur-X/CII profile (ignored by UBL formats)
 * @since 0.1
 */
public record FluxOptions(Supplier supplier, FrameworkPlacement frameworkPlacement, FacturxProfile profile) {

    public FluxOptions {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(frameworkPlacement);
        Objects.requireNonNull(profile);
    }
}
