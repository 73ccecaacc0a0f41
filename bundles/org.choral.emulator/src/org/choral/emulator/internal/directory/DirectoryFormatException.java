// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.directory;

import java.io.IOException;

/** A directory file that cannot be loaded; the message names the file, the line and the column. */
public class DirectoryFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public DirectoryFormatException(String message) {
        super(message);
    }
}
