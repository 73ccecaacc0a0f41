// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The product's version as users see it, e.g. {@code 0.1.0 (build 202611291543)}: every Choral
 * bundle carries the same version, so the core bundle's is the product's.
 *
 * @since 0.1
 */
public final class ProductVersion {

    private ProductVersion() {
    }

    /** The running product's version; {@code dev} outside OSGi. */
    public static String current() {
        Bundle bundle = FrameworkUtil.getBundle(ProductVersion.class);
        return bundle == null ? "dev" : format(bundle.getVersion()); //$NON-NLS-1$
    }

    /** {@code major.minor.micro}, followed by {@code (build QUALIFIER)} for a built bundle. */
    public static String format(Version v) {
        String base = v.getMajor() + "." + v.getMinor() + "." + v.getMicro(); //$NON-NLS-1$ //$NON-NLS-2$
        String q = v.getQualifier();
        return q == null || q.isEmpty() || "qualifier".equals(q) ? base : base + " (build " + q + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
