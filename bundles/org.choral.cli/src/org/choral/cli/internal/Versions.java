// SPDX-License-Identifier: EPL-2.0
package org.choral.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The product's version as users see it: {@code 0.1.0 (build 202611291543)}. */
final class Versions {

    private Versions() {
    }

    static String productVersion() {
        Bundle bundle = FrameworkUtil.getBundle(Versions.class);
        return bundle == null ? "dev" : format(bundle.getVersion()); //$NON-NLS-1$
    }

    static String format(Version v) {
        String base = v.getMajor() + "." + v.getMinor() + "." + v.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
        String q = v.getQualifier();
        return q == null || q.isEmpty() || "qualifier".equals(q) ? base : base + " (build " + q + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
