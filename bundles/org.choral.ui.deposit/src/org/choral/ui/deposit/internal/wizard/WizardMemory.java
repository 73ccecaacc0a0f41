// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.wizard;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The wizard's last choices (output folder, format, archive, supplier file…), in the bundle's
 * instance preferences, so that the monthly deposit is the same few clicks each time.
 */
public final class WizardMemory {

    static final String OUTPUT = "outputFolder"; //$NON-NLS-1$
    static final String SYNTAX = "syntax"; //$NON-NLS-1$
    static final String ARCHIVE = "archive"; //$NON-NLS-1$
    static final String PROFILE = "profile"; //$NON-NLS-1$
    static final String DATE = "depositDate"; //$NON-NLS-1$
    static final String SUPPLIER_FILE = "supplierFile"; //$NON-NLS-1$

    private final IEclipsePreferences node;

    public WizardMemory(IEclipsePreferences node) {
        this.node = node;
    }

    String get(String key, String defaultValue) {
        return node == null ? defaultValue : node.get(key, defaultValue);
    }

    void put(String key, String value) {
        if (node == null) {
            return;
        }
        if (value == null || value.isEmpty()) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }

    /** Writes the choices to disk; a failure only loses the memory, so it is logged, not shown. */
    void flush() {
        if (node == null) {
            return;
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(WizardMemory.class).warn("Flux wizard choices not saved", e); //$NON-NLS-1$
        }
    }
}
