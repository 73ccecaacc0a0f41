// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.choral.settings.internal.storage.KeyFile;
import org.choral.settings.internal.storage.KeyFilePasswordProvider;
import org.choral.settings.internal.storage.SecretStore;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    @TempDir
    Path dir;

    @Test
    void keyIsCreatedOnceReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("sub/secure-storage.key");
        char[] first = KeyFile.readOrCreate(file);
        assertTrue(first.length >= 32);
        assertArrayEquals(first, KeyFile.readOrCreate(file), "the key is never rotated");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        KeyFile.readOrCreate(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "loosened permissions are tightened again");
    }

    @Test
    void aDamagedKeyIsReportedNotReplaced() throws IOException {
        Path file = dir.resolve("secure-storage.key");
        Files.writeString(file, "short");
        assertThrows(IOException.class, () -> KeyFile.readOrCreate(file));
        assertEquals("short", Files.readString(file));
    }

    @Test
    void perUserLocations() {
        assertEquals(Path.of("/home/u/.config/choral/secure-storage.key"),
                KeyFile.location(Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/x/choral/secure-storage.key"),
                KeyFile.location(Map.of("XDG_CONFIG_HOME", "/x"), "Linux", "/home/u"));
        assertEquals(Path.of("/Users/u/Library/Application Support/Choral/secure-storage.key"),
                KeyFile.location(Map.of(), "Mac OS X", "/Users/u"));
    }

    @Test
    void providerIsRegisteredAboveTheUiPromptAndBelowTheOsKeyrings() {
        IExtension ext = RegistryFactory.getRegistry().getExtension("org.eclipse.equinox.security.secureStorage",
                KeyFilePasswordProvider.MODULE_ID);
        IConfigurationElement provider = ext.getConfigurationElements()[0];
        assertEquals("3", provider.getAttribute("priority"));
        IExtension linux = RegistryFactory.getRegistry().getExtension("org.eclipse.equinox.security.secureStorage",
                "org.eclipse.equinox.security.LinuxKeystoreIntegrationJNA");
        assertEquals("5", linux.getConfigurationElements()[0].getAttribute("priority"));
    }

    @Test
    void storageEncryptedWithTheKeyFileIsReadableAfterAReload() throws Exception {
        Path storage = dir.resolve("storage");
        Map<String, Object> options = Map.of(IProviderHints.REQUIRED_MODULE_ID, KeyFilePasswordProvider.MODULE_ID);
        new SecretStore(SecurePreferencesFactory.open(storage.toUri().toURL(), options))
                .putAll(Map.of("clientSecret", "Cl3-du-test"));
        String raw = Files.readString(storage);
        // Equinox records module ids in lower case.
        assertTrue(raw.contains(KeyFilePasswordProvider.MODULE_ID.toLowerCase(java.util.Locale.ROOT))
                && !raw.contains("Cl3-du-test"), raw);
        Path sameFile = dir.resolve(".").resolve("storage");
        assertEquals("Cl3-du-test",
                new SecretStore(SecurePreferencesFactory.open(sameFile.toUri().toURL(), null)).get("clientSecret"));
    }
}
