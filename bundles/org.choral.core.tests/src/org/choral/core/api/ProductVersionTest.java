// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class ProductVersionTest {

    @Test
    void formatsBuildQualifier() {
        assertEquals("1.2.3 (build 202611291200)", ProductVersion.format(new Version(1, 2, 3, "202611291200")));
        assertEquals("1.2.3", ProductVersion.format(new Version(1, 2, 3)));
    }

    @Test
    void currentVersionIsTheCoreBundles() {
        assertTrue(ProductVersion.current().startsWith("0.1.0"), ProductVersion.current());
    }
}
