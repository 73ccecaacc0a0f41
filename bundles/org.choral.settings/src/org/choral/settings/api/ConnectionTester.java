// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;

/**
 * The seam behind « Tester la connexion »: a portal connector registers this as a DS service and
 * tries the given (not necessarily saved) settings — token, then one harmless call. With no
 * service registered the settings page says that no connector is installed.
 *
 * @since 0.1
 */
public interface ConnectionTester {

    /**
     * Tries to reach the portal with {@code settings}; OK with a short French message when it
     * answered, ERROR with the reason (unreachable, credentials refused…) otherwise, CANCEL when
     * {@code monitor} was cancelled. Never throws for a network or portal failure.
     */
    IStatus test(ChorusSettings settings, IProgressMonitor monitor);
}
