// SPDX-License-Identifier: EPL-2.0
package org.choral.update.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.choral.update.api.UpdateException;
import org.choral.update.api.UpdateSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateSitesTest {

    @TempDir
    Path data;

    @Test
    void siteGivenOnTheCommandLineWinsOverTheSettings() throws UpdateException {
        URI site = UpdateSites.choose("file:/tmp/site/", Optional.of("https://settings.example/site/")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(URI.create("file:/tmp/site/"), site); //$NON-NLS-1$
    }

    @Test
    void settingsWinOverTheDefault() throws UpdateException {
        assertEquals(URI.create("https://settings.example/site/"), //$NON-NLS-1$
                UpdateSites.choose(null, Optional.of(" https://settings.example/site/ "))); //$NON-NLS-1$
    }

    @Test
    void defaultSiteWhenNothingIsSet() throws UpdateException {
        assertEquals(URI.create(UpdateSites.DEFAULT_SITE), UpdateSites.choose("  ", Optional.empty())); //$NON-NLS-1$
    }

    @Test
    void relativeOrUnsupportedAddressesAreRefusedWithTheAddressInTheMessage() {
        for (String bad : new String[] { "updates/", "ftp://host/site", "http://bad host/", "" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            UpdateException e = assertThrows(UpdateException.class, () -> UpdateSites.parse(bad));
            assertEquals(UpdateException.Kind.BAD_SITE, e.kind());
            assertTrue(e.getMessage().contains(bad.trim()), e.getMessage());
        }
    }

    @Test
    void siteSetInTheWorkbenchSettingsIsReadFromItsInstanceArea() throws IOException {
        Path settings = data.resolve("workbench/.metadata/.plugins/org.eclipse.core.runtime/.settings"); //$NON-NLS-1$
        Files.createDirectories(settings);
        // As Eclipse preferences store it: java.util.Properties escapes the colon.
        Files.writeString(settings.resolve("org.choral.update.prefs"), //$NON-NLS-1$
                "eclipse.preferences.version=1\nsiteUrl=https\\://mirror.example/choral/\n"); //$NON-NLS-1$
        assertEquals(Optional.of("https://mirror.example/choral/"), UpdateSites.fromWorkbenchSettings(data)); //$NON-NLS-1$
    }

    @Test
    void noWorkbenchSettingsMeansNoConfiguredSite() {
        assertEquals(Optional.empty(), UpdateSites.fromWorkbenchSettings(data));
    }
}
