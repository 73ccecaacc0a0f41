// SPDX-License-Identifier: EPL-2.0
/**
 * What the workbench shell offers the bundles that contribute to it: widget ids for tests, the
 * status line topic, and (in {@code Application.e4xmi}) the element ids their {@code fragment.e4xmi}
 * hook into: {@code org.choral.ui.menu.main}, {@code org.choral.ui.toolbar.main},
 * {@code org.choral.ui.trim.bottom}, {@code org.choral.ui.partstack.main}.
 *
 * @since 0.1
 */
package org.choral.ui;
