// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.api;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Prepares the demonstration. Never touches a user's own data: the demo goes into the data folder
 * itself only when it is empty (or already a demo), else into its {@code demo} sub-folder, which is
 * then a data folder of its own.
 *
 * @since 0.1
 */
public interface DemoService {

    /** The data folder the demo of {@code dataFolder} lives in: itself when empty or a demo, else {@code dataFolder/demo}. */
    Path demoDataFolder(Path dataFolder);

    /**
     * Prepares the demo in {@link #demoDataFolder(Path)}, or does nothing when it is already there
     * and {@code reset} is {@code false}.
     *
     * @param reset generate everything again and forget the emulator's deposits
     * @param monitor progress and cancellation; may be {@code null}
     * @throws DemoException when a file cannot be written or the directory cannot be imported; the
     *             message names the file and what to do
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
     */
    DemoReport prepare(Path dataFolder, boolean reset, IProgressMonitor monitor) throws DemoException;
}
