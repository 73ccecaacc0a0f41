// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

/**
 * The directory file a portal delivered.
 *
 * @param file where it was written (for Chorus Pro, the ZIP of the Structures and Services CSVs)
 * @param bytes its size
 * @since 0.1
 */
public record DirectoryDownload(java.nio.file.Path file, long bytes) {
}
