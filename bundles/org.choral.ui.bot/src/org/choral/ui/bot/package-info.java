// SPDX-License-Identifier: EPL-2.0
/**
 * A small robot in the style of SWTBot, for Choral's UI tests: the real e4 application runs on its
 * own UI thread, tests drive it from theirs, widgets are found by id (the SWTBot key, see
 * {@link org.choral.ui.WidgetKeys}) or by e4 element id, and every wait is on a condition with a
 * timeout — never a sleep. Page objects for each part, wizard and dialog sit on top of it, so the
 * day SWTBot is published on Maven Central only this package changes.
 *
 * @since 0.1
 */
package org.choral.ui.bot;
