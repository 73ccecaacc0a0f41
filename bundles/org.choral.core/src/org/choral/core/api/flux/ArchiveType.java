// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

/**
 * The archive of a lot: Chorus Pro accepts a {@code .zip} or a {@code .tar.gz}.
 *
 * @since 0.1
 */
public enum ArchiveType {
    ZIP("zip"), //$NON-NLS-1$
    TAR_GZ("tar.gz"); //$NON-NLS-1$

    private final String extension;

    ArchiveType(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the leading dot. */
    public String extension() {
        return extension;
    }
}
