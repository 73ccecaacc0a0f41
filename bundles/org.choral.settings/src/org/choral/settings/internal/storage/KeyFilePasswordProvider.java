// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal.storage;

import java.io.IOException;
import java.nio.file.Path;

import javax.crypto.spec.PBEKeySpec;

import org.choral.settings.internal.i18n.Messages;
import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.osgi.util.NLS;

/**
 * Secure storage's password provider of last resort (see plugin.xml): the key of {@link KeyFile}.
 * Equinox picks it when no OS provider is valid — Linux without a Secret Service, for instance —
 * since the 3.x UI provider that would prompt for a master password is not shipped.
 */
public class KeyFilePasswordProvider extends PasswordProvider {

    /** The module id secure storage records with each value this provider encrypted. */
    public static final String MODULE_ID = "org.choral.settings.keyFilePasswordProvider"; //$NON-NLS-1$

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        Path file = KeyFile.location();
        try {
            return new PBEKeySpec(KeyFile.readOrCreate(file));
        } catch (IOException | RuntimeException e) {
            // Secure storage turns the null into a StorageException the settings service reports.
            ILog.of(KeyFilePasswordProvider.class).error(NLS.bind(Messages.KeyFile_unusable, file, e.getMessage()), e);
            return null;
        }
    }
}
