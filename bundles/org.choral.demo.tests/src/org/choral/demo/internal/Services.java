// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The real DS services of the test runtime. */
final class Services {

    private Services() {
    }

    static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(DemoPreparer.class);
        if (bundle.getBundleContext() == null) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return bundle.getBundleContext();
    }

    static <T> T one(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(10_000);
            if (service == null) {
                throw new AssertionError(type.getName() + " not registered"); //$NON-NLS-1$
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> all(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            tracker.waitForService(10_000);
            Object[] found = tracker.getServices();
            return found == null ? List.of() : Arrays.stream(found).map(o -> (T) o).toList();
        } finally {
            tracker.close();
        }
    }
}
