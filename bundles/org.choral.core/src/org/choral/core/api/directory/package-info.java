// SPDX-License-Identifier: EPL-2.0
/**
 * The Chorus Pro directory of public structures as the product knows it: structures identified by
 * SIRET with the flags StA, StGE, StGS, StGSE, their services with SvA and SvGE, and the
 * {@link org.choral.core.api.directory.DirectoryService} that imports the published files and
 * answers look-ups. Implemented by {@code org.choral.directory}.
 *
 * @since 0.1
 */
package org.choral.core.api.directory;
