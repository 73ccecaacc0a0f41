// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every French text has its English twin and the reverse, in every Choral bundle of the runtime:
 * a key missing in one language would show the other language, or the key itself.
 */
class TranslationsTest {

    @Test
    void everyChoralMessageExistsInFrenchAndEnglish() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(TranslationsTest.class).getBundleContext().getBundles()) {
            if (!bundle.getSymbolicName().startsWith("org.choral.")) {
                continue;
            }
            for (URL english : Collections.list(
                    java.util.Objects.requireNonNullElse(bundle.findEntries("/", "*_en.properties", true),
                            Collections.emptyEnumeration()))) {
                URL french = new URL(english.toString().replace("_en.properties", ".properties"));
                Properties fr = load(french);
                Properties en = load(english);
                assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()),
                        bundle.getSymbolicName() + " " + english.getPath());
                assertAscii(french);
                assertAscii(english);
                for (String key : fr.stringPropertyNames()) {
                    assertFalse(fr.getProperty(key).isBlank(), key);
                }
                checked.add(bundle.getSymbolicName() + english.getPath());
            }
        }
        assertTrue(checked.stream().anyMatch(p -> p.contains("org.choral.ui/OSGI-INF/l10n/bundle_en")), checked.toString());
        assertTrue(checked.stream().anyMatch(p -> p.contains("org.choral.ui/org/choral/ui/internal/i18n")), checked.toString());
    }

    /** NLS reads properties as ISO-8859-1: accents must be written as unicode escapes. */
    private static void assertAscii(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(bytes[i] >= 0, url.getPath() + ": raw non-ASCII byte at offset " + i + ", use \\uXXXX");
            }
        }
    }

    private static Properties load(URL url) throws IOException {
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        }
        return p;
    }
}
