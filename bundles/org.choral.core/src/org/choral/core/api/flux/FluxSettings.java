// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import java.util.Optional;

/**
 * What the settings give flux generation, registered as an OSGi service by the settings module:
 * the supplier named as the seller of every invoice (« Entreprise »), the lot thresholds and where
 * the billing framework is written (« Flux »).
 * The wizard and the command line read the settings only through this seam, so that the settings
 * can change (or be absent: the wizard then asks for a supplier file) without touching them.
 *
 * @since 0.1
 */
public interface FluxSettings {

    /** The supplier as saved; empty when the « Entreprise » settings were never filled in. */
    Optional<Supplier> supplier();

    /** The limits of one lot (defaults: 100 MB of base64 and 500 invoices). */
    default Thresholds thresholds() {
        return Thresholds.DEFAULTS;
    }

    /** Where the billing framework is written by default (BT-23 until Chorus Pro confirms). */
    default FrameworkPlacement frameworkPlacement() {
        return FrameworkPlacement.BT_23;
    }
}
