// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.wizard;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.swt.program.Program;

/**
 * « Ouvrir » and « Afficher dans le dossier »: hands a file, or its folder, to the desktop's file
 * manager or the application registered for it. The launcher is a parameter so that tests check
 * what would be opened without starting a desktop application.
 */
public final class FileActions {

    private final Predicate<String> launcher;

    public FileActions() {
        this(Program::launch);
    }

    public FileActions(Predicate<String> launcher) {
        this.launcher = launcher;
    }

    /** Opens the file with its application; {@code false} when the desktop has none. */
    public boolean open(Path file) {
        return launcher.test(file.toString());
    }

    /** Shows the folder holding the file in the file manager; {@code false} when that failed. */
    public boolean reveal(Path file) {
        Path folder = file.getParent();
        return folder != null && launcher.test(folder.toString());
    }
}
