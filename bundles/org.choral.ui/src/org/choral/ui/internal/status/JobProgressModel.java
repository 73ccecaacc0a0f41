// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The running jobs the user should see (every job that is not a system job), with what their
 * monitors report. Thread-safe: jobs report from their own threads, the progress area reads from
 * the UI thread.
 */
public final class JobProgressModel {

    /** What one job reported so far. */
    public record Progress(Job job, String name, String task, int total, double worked) {

        /** Percentage done, or -1 when the job did not say how much work there is. */
        public int percent() {
            return total <= 0 || total == IProgressMonitor.UNKNOWN ? -1 : (int) Math.min(100, worked * 100 / total);
        }
    }

    private final Map<Job, Progress> running = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The running jobs, oldest first. */
    public synchronized List<Progress> running() {
        return new ArrayList<>(running.values());
    }

    void started(Job job) {
        if (job.isSystem()) {
            return;
        }
        synchronized (this) {
            running.putIfAbsent(job, new Progress(job, job.getName(), "", IProgressMonitor.UNKNOWN, 0)); //$NON-NLS-1$
        }
        fire();
    }

    void done(Job job) {
        boolean removed;
        synchronized (this) {
            removed = running.remove(job) != null;
        }
        if (removed) {
            fire();
        }
    }

    void update(Job job, String task, Integer total, double addWorked) {
        synchronized (this) {
            Progress p = running.get(job);
            if (p == null) {
                return;
            }
            running.put(job, new Progress(job, job.getName(), task == null ? p.task() : task,
                    total == null ? p.total() : total, p.worked() + addWorked));
        }
        fire();
    }

    private void fire() {
        for (Runnable l : listeners) {
            l.run();
        }
    }

    /** A monitor that reports into this model for {@code job}. */
    IProgressMonitor monitorFor(Job job) {
        return new IProgressMonitor() {
            private volatile boolean canceled;

            @Override
            public void beginTask(String name, int totalWork) {
                update(job, name, totalWork, 0);
            }

            @Override
            public void done() {
                // the job-change listener removes the job when it is really done
            }

            @Override
            public void internalWorked(double work) {
                update(job, null, null, work);
            }

            @Override
            public boolean isCanceled() {
                return canceled;
            }

            @Override
            public void setCanceled(boolean value) {
                canceled = value;
            }

            @Override
            public void setTaskName(String name) {
                update(job, name, null, 0);
            }

            @Override
            public void subTask(String name) {
                if (name != null && !name.isEmpty()) {
                    update(job, name, null, 0);
                }
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }
        };
    }
}
