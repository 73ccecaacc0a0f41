// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

/**
 * Runs the view's directory reads (open, status, search, look-up) off the UI thread, so that a
 * first index load or an import in progress never freezes the window; the result comes back on
 * the UI thread. System jobs: too short to be worth a line in the progress area.
 */
public final class Background {

    /** The family of the view's reads, for tests to wait on. */
    public static final Object FAMILY = Background.class;

    /** What a read gave: a value, or the message of what failed. */
    public record Result<T>(T value, String error) {
    }

    private Background() {
    }

    public static <T> void run(String name, Callable<T> work, UISynchronize sync, Consumer<Result<T>> onUi) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Result<T> result;
                try {
                    result = new Result<>(work.call(), null);
                } catch (Exception e) {
                    result = new Result<>(null, e.getMessage() == null ? e.toString() : e.getMessage());
                }
                Result<T> done = result;
                sync.asyncExec(() -> onUi.accept(done));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }
}
