// SPDX-License-Identifier: EPL-2.0
/**
 * The directory view's seams: the topic that opens it on a SIRET, the topic it posts after an
 * import, and the application-context keys for the data folder, the file chooser of the import and
 * the « Uniquement services actifs » toggle.
 *
 * @since 0.1
 */
package org.choral.ui.directory;
