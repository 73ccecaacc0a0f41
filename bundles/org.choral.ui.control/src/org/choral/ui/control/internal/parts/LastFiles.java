// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.control.internal.parts;

import java.util.HashMap;
import java.util.Map;

import org.choral.ui.control.internal.model.LoadRequest;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Remembers the files of the last run: in the part's persisted state (saved with the window
 * layout) and, because the layout is thrown away when the user resets it or the application
 * model is re-assembled at start-up, also in the bundle's instance preferences.
 */
final class LastFiles {

    private static final String NODE = "org.choral.ui.control"; //$NON-NLS-1$

    private LastFiles() {
    }

    static void store(MPart part, LoadRequest request) {
        request.store(part.getPersistedState());
        Map<String, String> values = new HashMap<>();
        request.store(values);
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        try {
            prefs.clear();
            values.forEach(prefs::put);
            prefs.flush();
        } catch (BackingStoreException e) {
            ILog.of(LastFiles.class).warn(e.getMessage(), e);
        }
    }

    static LoadRequest restore(MPart part) {
        LoadRequest fromPart = LoadRequest.restore(part.getPersistedState());
        if (fromPart != null) {
            return fromPart;
        }
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
        Map<String, String> values = new HashMap<>();
        try {
            for (String key : prefs.keys()) {
                values.put(key, prefs.get(key, null));
            }
        } catch (BackingStoreException e) {
            ILog.of(LastFiles.class).warn(e.getMessage(), e);
        }
        return LoadRequest.restore(values);
    }
}
