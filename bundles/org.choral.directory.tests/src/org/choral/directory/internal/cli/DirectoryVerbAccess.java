// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.cli;

import java.time.Clock;

import org.choral.core.api.directory.DirectoryServices;

/** Builds the verb with a given factory and clock, as DS would with a real one. */
public final class DirectoryVerbAccess {

    private DirectoryVerbAccess() {
    }

    public static DirectoryVerb create(DirectoryServices factory, Clock clock) {
        return new DirectoryVerb(factory, clock);
    }
}
