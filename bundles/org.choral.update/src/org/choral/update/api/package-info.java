// SPDX-License-Identifier: EPL-2.0
/**
 * The seam through which the workbench and the command line update Choral from its p2 update site:
 * {@link org.choral.update.api.UpdateService} (a DS service) looks for newer versions of what is
 * installed and installs them; {@link org.choral.update.api.UpdateSites} says which site to ask.
 *
 * @since 0.1
 */
package org.choral.update.api;
