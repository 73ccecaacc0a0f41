// SPDX-License-Identifier: EPL-2.0
/**
 * The demonstration seam: prepares, in a data folder, everything a new user needs to see the whole
 * job without an account (sample directory imported, sample ERP export with PDFs, demo supplier,
 * Chorus Pro environment « Émulateur local », emulator profile). Used by {@code choral demo} and by
 * the workbench started with {@code -demo}.
 *
 * @since 0.1
 */
package org.choral.demo.api;
