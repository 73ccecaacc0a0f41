// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;

import org.choral.ui.update.internal.i18n.Messages;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(Class<?> anchor, String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            assertNotNull(in, name);
            p.load(in);
        }
        return p;
    }

    @Test
    void dialogTextsExistInFrenchAndEnglish() throws IOException {
        assertEquals(new TreeSet<>(load(Messages.class, "messages.properties").keySet()),
                new TreeSet<>(load(Messages.class, "messages_en.properties").keySet()));
    }

    @Test
    void menuLabelsExistInFrenchAndEnglish() throws IOException {
        Properties fr = load(Messages.class, "/OSGI-INF/l10n/bundle.properties");
        assertEquals(new TreeSet<>(fr.keySet()), new TreeSet<>(load(Messages.class, "/OSGI-INF/l10n/bundle_en.properties").keySet()));
        assertEquals("Rechercher des mises à jour", fr.getProperty("command.check"));
    }
}
