// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal.http;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Locale;

import javax.net.ssl.SSLContext;

import org.apache.hc.core5.ssl.SSLContexts;

/**
 * The TLS context trusting what the operating system trusts: the Windows certificate store, the
 * macOS keychain, elsewhere the Java runtime's store (which Linux distributions build from the
 * system's CA bundle, and which {@code javax.net.ssl.trustStore} can replace). Hostnames and
 * certificates are always verified: there is no switch to turn that off.
 */
final class SystemTrust {

    private SystemTrust() {
    }

    static SSLContext context() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
        String store = os.startsWith("windows") ? "Windows-ROOT" : os.startsWith("mac") ? "KeychainStore" : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (store != null) {
            try {
                KeyStore keys = KeyStore.getInstance(store);
                keys.load(null, null);
                return SSLContexts.custom().loadTrustMaterial(keys, null).build();
            } catch (GeneralSecurityException | IOException e) {
                // the platform store is missing from this runtime: the Java store still verifies everything
                return SSLContexts.createSystemDefault();
            }
        }
        return SSLContexts.createSystemDefault();
    }
}
