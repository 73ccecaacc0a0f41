// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import org.choral.core.api.directory.DirectoryImportException;
import org.eclipse.osgi.util.NLS;

/**
 * Builds the import errors users see: every message template takes the file name as {0}, and the
 * cause's own text, when there is one, as the last argument.
 */
public final class Failures {

    private Failures() {
    }

    public static DirectoryImportException of(String fileName, String template, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = fileName;
        Throwable cause = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Throwable t) {
                cause = t;
                all[i + 1] = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            } else {
                all[i + 1] = args[i];
            }
        }
        return new DirectoryImportException(fileName, NLS.bind(template, all), cause);
    }
}
