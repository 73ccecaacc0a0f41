// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.directory;

/**
 * A directory import refused: the file is not a directory, is unreadable or damaged, or the data
 * folder is in use. The previous directory is untouched. The message is meant for the user: it
 * names the file and what is wrong.
 *
 * @since 0.1
 */
public class DirectoryImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;

    /**
     * @param fileName the file at fault, or {@code null} when the fault is not a file's (data in use)
     * @param message what is wrong and what to do, in the user's language, naming the file
     */
    public DirectoryImportException(String fileName, String message) {
        super(message);
        this.fileName = fileName;
    }

    public DirectoryImportException(String fileName, String message, Throwable cause) {
        super(message, cause);
        this.fileName = fileName;
    }

    /** The file at fault, or {@code null}. */
    public String fileName() {
        return fileName;
    }
}
