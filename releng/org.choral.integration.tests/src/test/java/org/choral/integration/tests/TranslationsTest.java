// SPDX-License-Identifier: EPL-2.0
package org.choral.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text of every bundle exists in French (the base file) and English, written so that NLS
 * reads it right, and every {@code %key} of an e4 model has its text: a missing key shows the other
 * language or the key itself to the user.
 */
class TranslationsTest {

    private static final Path BUNDLES = Path.of(System.getProperty("choral.root", "../..")).resolve("bundles");
    private static final Pattern MODEL_KEY = Pattern.compile("(?:label|tooltip|commandName|description|name)=\"%([\\w.\\-]+)\"");

    @Test
    void everyMessageExistsInFrenchAndEnglish() throws IOException {
        List<Path> english = find("_en.properties");
        assertTrue(english.size() >= 10, "found only " + english);
        for (Path en : english) {
            Path fr = en.resolveSibling(en.getFileName().toString().replace("_en.properties", ".properties"));
            assertTrue(Files.isRegularFile(fr), "no French base for " + en);
            Properties frText = load(fr);
            Properties enText = load(en);
            assertEquals(new TreeSet<>(frText.stringPropertyNames()), new TreeSet<>(enText.stringPropertyNames()),
                    "keys differ between " + fr + " and " + en);
            for (String key : frText.stringPropertyNames()) {
                assertFalse(frText.getProperty(key).isBlank(), fr + ": " + key + " is empty");
            }
        }
    }

    @Test
    void propertiesFilesAreAsciiWithUnicodeEscapes() throws IOException {
        for (Path p : find(".properties")) {
            byte[] bytes = Files.readAllBytes(p);
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(bytes[i] >= 0, p + ": raw non-ASCII byte at offset " + i
                        + " (NLS reads ISO-8859-1: write \\u00e9, not é)");
            }
        }
    }

    @Test
    void everyModelLabelKeyHasItsText() throws IOException {
        List<Path> models = new ArrayList<>(find("fragment.e4xmi"));
        models.addAll(find("Application.e4xmi"));
        assertFalse(models.isEmpty());
        for (Path model : models) {
            Path bundle = model.getParent();
            Path base = bundle.resolve("OSGI-INF/l10n/bundle.properties");
            Properties fr = Files.isRegularFile(base) ? load(base) : new Properties();
            Matcher m = MODEL_KEY.matcher(Files.readString(model));
            while (m.find()) {
                assertTrue(fr.containsKey(m.group(1)), model + ": %" + m.group(1) + " missing from " + base);
            }
        }
    }

    private static List<Path> find(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(BUNDLES)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/"))
                    .toList();
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(in);
        }
        return props;
    }
}
