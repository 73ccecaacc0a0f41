// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import org.choral.core.api.directory.DirectoryImportException;

/** Where the rows read from the directory files go: every structure first, then the services. */
public interface DirectorySink {

    void structure(StructureRow row) throws DirectoryImportException;

    void service(ServiceRow row) throws DirectoryImportException;
}
