// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.internal.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The per-user random key that encrypts secure storage where the operating system offers no
 * keyring: 32 random bytes, Base64, in a file only its owner may read (POSIX {@code rw-------},
 * or an ACL granting the owner alone on Windows). Created atomically on first use, never
 * rotated: a new key would make every saved secret unreadable.
 */
public final class KeyFile {

    /** System property that moves the key file (tests; several users of one account). */
    public static final String PROPERTY = "choral.secureStorage.keyFile"; //$NON-NLS-1$

    private static final String NAME = "secure-storage.key"; //$NON-NLS-1$
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private KeyFile() {
    }

    /** Where this process's key is: {@link #PROPERTY}, else the user's configuration folder. */
    public static Path location() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return location(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", ".")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** The per-user location: not roaming on Windows, so the key never leaves the machine. */
    public static Path location(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) { //$NON-NLS-1$
            String local = env.get("LOCALAPPDATA"); //$NON-NLS-1$
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local"); //$NON-NLS-1$ //$NON-NLS-2$
            return base.resolve("Choral").resolve(NAME); //$NON-NLS-1$
        }
        if (os.startsWith("mac")) { //$NON-NLS-1$
            return Path.of(home, "Library", "Application Support", "Choral", NAME); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String xdg = env.get("XDG_CONFIG_HOME"); //$NON-NLS-1$
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config"); //$NON-NLS-1$
        return base.resolve("choral").resolve(NAME); //$NON-NLS-1$
    }

    /** The key in {@code file}, created with owner-only permissions when there is none yet. */
    public static char[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        restrict(file); // a copied or restored file may have lost its permissions
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (key.length() < KEY_BYTES) {
            throw new IOException("key too short"); //$NON-NLS-1$
        }
        return key.toCharArray();
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] random = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(random);
        Path tmp = dir.resolve(file.getFileName() + ".tmp"); //$NON-NLS-1$
        Files.deleteIfExists(tmp);
        if (isPosix(dir)) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tmp);
            restrict(tmp);
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
        try {
            // Two processes starting together: the first key written wins, the other keeps it.
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
        }
    }

    /** Leaves only the owner able to read and write {@code file}. */
    static void restrict(Path file) throws IOException {
        if (isPosix(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(file);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }

    private static boolean isPosix(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}
