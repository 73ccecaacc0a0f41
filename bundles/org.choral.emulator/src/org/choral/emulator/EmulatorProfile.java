// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The emulator's profile of a data folder, {@code DATA/emulator/profile.properties} (written by
 * {@code choral demo}): what the emulator of that folder starts with when not told otherwise —
 * {@code directory.1}, {@code directory.2}… (directory files, relative to the data folder),
 * {@code speed}, {@code seed}, {@code outcomes} ({@code S,R,A}) and {@code supplier} (a SIRET the
 * technical account may invoice from). Without the file nothing changes.
 *
 * @since 0.1
 */
public final class EmulatorProfile {

    /** The file's name in the emulator's state folder. */
    public static final String FILE = "profile.properties"; //$NON-NLS-1$

    private EmulatorProfile() {
    }

    /**
     * Applies the profile of {@code dataFolder} to {@code builder}; what the caller sets afterwards wins.
     *
     * @param withDirectories whether the profile's directory files are added (not when the caller gives its own)
     * @throws IOException when the file cannot be read or a value is malformed (the message names the file and key)
     */
    public static EmulatorConfig.Builder apply(Path dataFolder, EmulatorConfig.Builder builder, boolean withDirectories)
            throws IOException {
        Path file = dataFolder.resolve(Emulator.DATA_SUBFOLDER).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return builder;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        for (int i = 1; withDirectories && p.getProperty("directory." + i) != null; i++) { //$NON-NLS-1$
            builder.directoryFile(dataFolder.resolve(p.getProperty("directory." + i).trim())); //$NON-NLS-1$
        }
        try {
            if (p.getProperty("speed") != null) { //$NON-NLS-1$
                builder.speed(Double.parseDouble(p.getProperty("speed").trim())); //$NON-NLS-1$
            }
            if (p.getProperty("seed") != null) { //$NON-NLS-1$
                builder.seed(Long.parseLong(p.getProperty("seed").trim())); //$NON-NLS-1$
            }
            if (p.getProperty("outcomes") != null) { //$NON-NLS-1$
                String[] s = p.getProperty("outcomes").split(","); //$NON-NLS-1$ //$NON-NLS-2$
                if (s.length != 3) {
                    throw new NumberFormatException(p.getProperty("outcomes")); //$NON-NLS-1$
                }
                builder.outcomes(Double.parseDouble(s[0].trim()), Double.parseDouble(s[1].trim()),
                        Double.parseDouble(s[2].trim()));
            }
        } catch (NumberFormatException e) {
            throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
        if (p.getProperty("supplier") != null) { //$NON-NLS-1$
            builder.supplier(p.getProperty("supplier").trim()); //$NON-NLS-1$
        }
        return builder;
    }
}
