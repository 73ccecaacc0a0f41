// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Writes the documents a UBL or CII file carries in base64 (the invoice PDF, attachments) to files,
 * so that the control checks them like any PDF beside an export and the flux step can send them.
 * A file is named by a digest of its content: reading the same invoice again reuses it, two
 * invoices never share a file by accident, and a file is moved into place only once complete.
 */
public final class EmbeddedFiles {

    private static final int MAX_NAME = 50;

    private final Path folder;

    /** @param folder where the files go (created when needed) */
    public EmbeddedFiles(Path folder) {
        this.folder = folder;
    }

    /** The default cache: {@code choral-embedded} in the system temporary folder. */
    public static EmbeddedFiles inTemp() {
        return new EmbeddedFiles(Path.of(System.getProperty("java.io.tmpdir"), "choral-embedded")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Decodes {@code base64} into a file named {@code name} (made safe), and returns it.
     *
     * @throws IllegalArgumentException when {@code base64} is not base64
     * @throws IOException when the file cannot be written
     */
    public Path write(String base64, String name) throws IOException {
        byte[] content = Base64.getMimeDecoder().decode(base64);
        Path dir = folder.resolve(digest(content));
        Path target = dir.resolve(safe(name));
        if (Files.isRegularFile(target) && Files.size(target) == content.length) {
            return target;
        }
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, ".part", null); //$NON-NLS-1$
        try {
            Files.write(part, content);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }

    /** A file name without folders nor characters Windows refuses, at most 50 characters (Chorus's limit). */
    static String safe(String name) {
        String base = name == null ? "" : name.replace('\\', '/'); //$NON-NLS-1$
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[:*?\"<>|\\x00-\\x1f]", "_").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        if (base.isEmpty() || base.equals(".") || base.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$
            base = "document"; //$NON-NLS-1$
        }
        if (base.length() > MAX_NAME) {
            int dot = base.lastIndexOf('.');
            String ext = dot > 0 && base.length() - dot <= 6 ? base.substring(dot) : ""; //$NON-NLS-1$
            base = base.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return base;
    }

    private static String digest(byte[] content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content); //$NON-NLS-1$
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }
}
