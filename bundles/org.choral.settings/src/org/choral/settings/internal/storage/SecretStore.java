// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal.storage;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Choral's node of Equinox secure storage, for the settings' secrets. The default storage is
 * used: it honours {@code -eclipse.keyring FILE}, {@code ECLIPSE_KEYRING} and
 * {@code -eclipse.password FILE} like any Eclipse product.
 */
public final class SecretStore {

    static final String NODE = "org.choral.settings"; //$NON-NLS-1$

    private final ISecurePreferences root;
    private final ISecurePreferences node;

    public SecretStore(ISecurePreferences root) {
        this.root = root;
        this.node = root.node(NODE);
    }

    /** The default secure storage of this process. */
    public static SecretStore openDefault() throws IOException {
        ISecurePreferences root = SecurePreferencesFactory.open(null, null);
        if (root == null) {
            throw new IOException("secure storage unavailable"); //$NON-NLS-1$
        }
        return new SecretStore(root);
    }

    /** The secret saved under {@code key}, decrypted; empty when none. */
    public String get(String key) throws StorageException {
        return node.get(key, ""); //$NON-NLS-1$
    }

    /**
     * Encrypts and saves every secret (an empty one is removed), then writes the storage file. On
     * a failure the previous values are put back so that a half-saved set never stays in memory
     * and gets written at shutdown.
     */
    public void putAll(Map<String, String> secrets) throws StorageException, IOException {
        Map<String, String> previous = new HashMap<>();
        for (String key : secrets.keySet()) {
            previous.put(key, get(key));
        }
        try {
            write(secrets);
            root.flush();
        } catch (StorageException | IOException | RuntimeException e) {
            try {
                write(previous);
            } catch (StorageException | RuntimeException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
    }

    private void write(Map<String, String> secrets) throws StorageException {
        for (Map.Entry<String, String> e : secrets.entrySet()) {
            if (e.getValue().isEmpty()) {
                node.remove(e.getKey());
            } else {
                node.put(e.getKey(), e.getValue(), true);
            }
        }
    }
}
