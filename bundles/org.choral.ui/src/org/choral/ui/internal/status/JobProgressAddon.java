// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.internal.status;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.e4.core.contexts.IEclipseContext;

/**
 * Connects the job manager to the progress area: every long operation (import, control,
 * generation, deposit, polling) runs in a {@link Job}, and its monitor reports here. An e4
 * application has no 3.x progress service, hence this addon.
 */
public class JobProgressAddon {

    private final IJobManager manager = Job.getJobManager();
    private final JobProgressModel model = new JobProgressModel();
    private final IJobChangeListener listener = new JobChangeAdapter() {
        @Override
        public void running(IJobChangeEvent event) {
            model.started(event.getJob());
        }

        @Override
        public void done(IJobChangeEvent event) {
            model.done(event.getJob());
        }
    };

    @PostConstruct
    public void install(IEclipseContext context) {
        context.set(JobProgressModel.class, model);
        manager.setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return model.monitorFor(job);
            }
        });
        manager.addJobChangeListener(listener);
    }

    @PreDestroy
    public void uninstall() {
        manager.removeJobChangeListener(listener);
        manager.setProgressProvider(null);
    }
}
