// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

/** One service as read from a directory file, checked: its structure was read, it has a code. */
public record ServiceRow(String siret, String code, String name, boolean active, boolean engagementRequired) {
}
