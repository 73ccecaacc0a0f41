// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.choral.core.api.DataFolders;
import org.choral.core.api.directory.DirectoryImportException;
import org.choral.core.api.directory.DirectoryService;
import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.ImportReport;
import org.choral.core.api.directory.Structure;
import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link DirectoryService} of the default data folder, for consumers that simply inject the
 * directory (invoice checks, the workbench). The folder is the framework or system property
 * {@value #DATA_PROPERTY} when set (a product or a launch configuration sets it), else
 * {@link DataFolders#defaultFolder()}.
 */
@Component(service = DirectoryService.class)
public final class DefaultDirectoryComponent implements DirectoryService {

    /** Property naming the data folder. */
    public static final String DATA_PROPERTY = "choral.data"; //$NON-NLS-1$

    @Reference
    private DirectoryServices directories;

    private Path folder;
    private volatile DirectoryService delegate;

    @Activate
    void activate(BundleContext context) {
        String configured = context.getProperty(DATA_PROPERTY);
        folder = configured == null || configured.isBlank() ? DataFolders.defaultFolder() : Path.of(configured);
    }

    /** Opened on first use: a store in use must not keep the service from registering. */
    private DirectoryService delegate() {
        DirectoryService d = delegate;
        if (d == null) {
            try {
                d = directories.open(folder);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            delegate = d;
        }
        return d;
    }

    @Override
    public Optional<Structure> lookup(String siret) {
        return delegate().lookup(siret);
    }

    @Override
    public List<Structure> search(String text, int limit) {
        return delegate().search(text, limit);
    }

    @Override
    public Optional<DirectoryStatus> status() {
        return delegate().status();
    }

    @Override
    public ImportReport importFiles(List<Path> files, IProgressMonitor monitor) throws DirectoryImportException {
        return delegate().importFiles(files, monitor);
    }
}
