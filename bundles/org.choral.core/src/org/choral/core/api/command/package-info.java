// SPDX-License-Identifier: EPL-2.0
/**
 * The seam through which a feature bundle adds a verb to the {@code choral} command line: it
 * registers a {@link org.choral.core.api.command.CommandVerb} as an OSGi service, and the command
 * line (which never names the verbs it dispatches to) finds it.
 *
 * @since 0.1
 */
package org.choral.core.api.command;
