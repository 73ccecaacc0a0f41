// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the company saved in the settings (« Entreprise ») and the flux settings (« Flux ») come
 * from for a given data folder, registered as an OSGi service by the settings bundle:
 * {@code choral flux} uses them when no {@code --supplier} file, no {@code --max-mb} /
 * {@code --max-invoices} and no {@code --framework} is given.
 *
 * @since 0.1
 */
public interface SupplierProvider {

    /**
     * The company saved for the data folder {@code dataFolder} (the workbench's settings there, or
     * the running workbench's own), or empty when no SIRET was saved yet.
     */
    Optional<Supplier> supplier(Path dataFolder);

    /** The lot thresholds saved for {@code dataFolder}; the defaults when none were saved. */
    default Thresholds thresholds(Path dataFolder) {
        return Thresholds.DEFAULTS;
    }

    /** Where the billing framework goes, as saved for {@code dataFolder}; BT-23 when nothing was saved. */
    default FrameworkPlacement frameworkPlacement(Path dataFolder) {
        return FrameworkPlacement.BT_23;
    }
}
