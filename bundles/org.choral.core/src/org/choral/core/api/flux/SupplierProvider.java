// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the company saved in the settings (« Entreprise ») comes from, registered as an OSGi service
 * by the settings bundle: {@code choral flux} uses it when no {@code --supplier} file is given.
 *
 * @since 0.1
 */
public interface SupplierProvider {

    /**
     * The company saved for the data folder {@code dataFolder} (the workbench's settings there, or
     * the running workbench's own), or empty when no SIRET was saved yet.
     */
    Optional<Supplier> supplier(Path dataFolder);
}
