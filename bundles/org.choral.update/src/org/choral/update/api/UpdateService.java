// SPDX-License-Identifier: EPL-2.0
package org.choral.update.api;

import java.net.URI;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Updates the running Choral installation from a p2 update site. Both calls are long (network,
 * downloads): run them in a job and pass its monitor; they honour cancellation with an
 * {@link org.eclipse.core.runtime.OperationCanceledException}, leaving the installation unchanged.
 *
 * @since 0.1
 */
public interface UpdateService {

    /**
     * Looks on {@code site} for newer versions of the installed features.
     *
     * @throws UpdateException if the site cannot be read, the installation cannot be updated, or
     *             the updates cannot be resolved
     */
    UpdatePlan check(URI site, IProgressMonitor monitor) throws UpdateException;

    /**
     * Downloads and installs the updates of {@code plan} (a plan from {@link #check}); they take
     * effect when Choral restarts.
     *
     * @throws UpdateException if the download or the installation fails
     */
    void install(UpdatePlan plan, IProgressMonitor monitor) throws UpdateException;
}
