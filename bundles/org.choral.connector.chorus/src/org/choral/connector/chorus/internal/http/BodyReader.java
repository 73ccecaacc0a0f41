// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal.http;

import java.io.IOException;
import java.io.InputStream;

/** Reads a 200 answer's body while the connection is open (a large one is streamed, never held whole). */
@FunctionalInterface
public interface BodyReader<T> {
    T read(InputStream in) throws IOException;
}
