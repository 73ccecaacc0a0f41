// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.choral.integration.tests.Products.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every desktop's archive must hold for Choral to start there and to update itself. */
class ProductArchivesTest {

    /** Each archive is read once (30 MB each), then checked by every test. */
    private static final Map<Platform, Archive> READ = new EnumMap<>(Platform.class);

    private static synchronized Archive read(Platform platform) {
        return READ.computeIfAbsent(platform, p -> {
            try {
                return Archive.read(Products.archive(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final Pattern NATIVE_FRAGMENT = Pattern.compile(
            "plugins/(org\\.eclipse\\.(swt|equinox\\.launcher)\\.(gtk|win32|cocoa)\\.[a-z0-9_.]+?)_[0-9]+\\.[0-9]+\\.[0-9]+[^/]*");

    @ParameterizedTest
    @EnumSource(Platform.class)
    void holdsItsOwnSwtAndLauncherFragmentsAndNoOtherPlatforms(Platform platform) {
        Archive archive = read(platform);
        List<String> natives = archive.entries.keySet().stream().map(NATIVE_FRAGMENT::matcher)
                .filter(m -> m.lookingAt()).map(m -> m.group(1)).distinct().sorted().toList();
        List<String> expected = platform.launcherFragment == null ? List.of(platform.swtFragment)
                : List.of(platform.launcherFragment, platform.swtFragment).stream().sorted().toList();
        assertEquals(expected, natives, "native fragments of " + platform);
        assertTrue(has(archive, "plugins/org\\.eclipse\\.swt_[^/]+\\.jar"), "SWT host bundle");
        assertTrue(has(archive, "plugins/org\\.eclipse\\.equinox\\.launcher_[^/]+\\.jar"), "launcher jar");
    }

    private static final Pattern SECURITY_FRAGMENT = Pattern.compile(
            "plugins/(org\\.eclipse\\.equinox\\.security\\.(linux|win32\\.x86_64|macosx))_[0-9]+\\.[0-9]+\\.[0-9]+[^/]*");

    /** Secure storage keeps the credentials with the operating system's own password provider, and no other's. */
    @ParameterizedTest
    @EnumSource(Platform.class)
    void holdsItsOwnPasswordProviderOnly(Platform platform) {
        Archive archive = read(platform);
        List<String> providers = archive.entries.keySet().stream().map(SECURITY_FRAGMENT::matcher)
                .filter(m -> m.lookingAt()).map(m -> m.group(1)).distinct().toList();
        String expected = switch (platform) {
        case LINUX -> "org.eclipse.equinox.security.linux";
        case WINDOWS -> "org.eclipse.equinox.security.win32.x86_64";
        case MAC_X86, MAC_ARM -> "org.eclipse.equinox.security.macosx";
        };
        assertEquals(List.of(expected), providers, "password providers of " + platform);
        assertTrue(has(archive, "plugins/org\\.eclipse\\.equinox\\.security_[^/]+\\.jar"), "secure storage");
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void holdsTheFourScriptsExecutableOnUnix(Platform platform) {
        Map<String, Archive.Entry> entries = read(platform).entries;
        for (String script : List.of("choral", "choral-workbench", "choral.cmd", "choral-workbench.cmd", "lib/launch.sh",
                "lib/launch.cmd")) {
            assertNotNull(entries.get(script), script + " in " + platform);
        }
        if (platform.unix) {
            assertTrue(entries.get("choral").executable(), "choral must be executable");
            assertTrue(entries.get("choral-workbench").executable(), "choral-workbench must be executable");
        }
        // cmd.exe misreads labels and blocks in LF-only batch files.
        assertTrue(entries.get("choral.cmd").text().contains("\r\n"), "choral.cmd has CRLF line ends");
        assertTrue(entries.get("choral-workbench").text().contains("-XstartOnFirstThread"), "macOS needs it for SWT");
    }

    @ParameterizedTest
    @EnumSource(value = Platform.class, names = { "MAC_X86", "MAC_ARM" })
    void macArchiveIsAnAppBundleThatStartsTheWorkbench(Platform platform) {
        Map<String, Archive.Entry> entries = read(platform).entries;
        Archive.Entry plist = entries.get("Choral.app/Contents/Info.plist");
        assertNotNull(plist, "Info.plist in " + entries.keySet().stream().filter(p -> p.startsWith("Choral.app")).toList());
        assertTrue(plist.text().contains("<key>CFBundleExecutable</key><string>Choral</string>"), plist.text());
        Archive.Entry executable = entries.get("Choral.app/Contents/MacOS/Choral");
        assertNotNull(executable, "Contents/MacOS/Choral");
        assertTrue(executable.executable(), "Contents/MacOS/Choral must be executable");
        assertTrue(executable.text().contains("../Eclipse") && executable.text().contains("choral-workbench"), executable.text());
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void isP2EnabledSoThatItCanUpdateItself(Platform platform) {
        Map<String, Archive.Entry> entries = read(platform).entries;
        Archive.Entry config = entries.get("configuration/config.ini");
        assertNotNull(config, "configuration/config.ini");
        String ini = config.text();
        assertTrue(ini.contains("eclipse.p2.profile=DefaultProfile"), ini);
        assertTrue(ini.contains("eclipse.p2.data.area=@config.dir/../p2"), ini);
        assertTrue(ini.contains("eclipse.product=org.choral.ui.product"), ini);
        // p2 rewrites bundles.info through frameworkadmin, which needs PlatformAdmin from this fragment.
        assertTrue(Pattern.compile("osgi\\.framework\\.extensions=.*org\\.eclipse\\.osgi\\.compatibility\\.state").matcher(ini).find(), ini);
        assertTrue(entries.containsKey("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
        assertTrue(entries.keySet().stream().anyMatch(p -> p.startsWith("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/")),
                "p2 profile");
        for (String bundle : List.of("org.eclipse.equinox.p2.operations", "org.eclipse.equinox.p2.touchpoint.eclipse",
                "org.eclipse.equinox.p2.transport.ecf", "org.choral.update", "org.choral.ui.update")) {
            assertTrue(has(read(platform), "plugins/" + Pattern.quote(bundle) + "_[^/]+\\.jar"), bundle);
        }
        assertFalse(entries.keySet().stream().anyMatch(p -> p.contains("org.eclipse.ui_")), "no 3.x workbench");
    }

    private static boolean has(Archive archive, String regex) {
        Pattern p = Pattern.compile(regex);
        return archive.entries.keySet().stream().anyMatch(e -> p.matcher(e).matches());
    }
}
