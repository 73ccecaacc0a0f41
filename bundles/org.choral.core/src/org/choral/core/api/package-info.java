// SPDX-License-Identifier: EPL-2.0
/**
 * Choral's core API: the values and the service interfaces that the headless command line, the
 * workbench and every portal, source or format plugin share. Nothing here depends on SWT, JFace or
 * the e4 workbench.
 *
 * @since 0.1
 */
package org.choral.core.api;
