// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The emulated portal answers in French whatever the JVM's language, like Chorus Pro. */
class PortalTextsTest {

    @Test
    void thePortalsTextsHaveNoOtherLanguageAndAreTheFrenchOnes() throws IOException {
        assertNull(PortalTexts.class.getResource("portal_en.properties"), "the portal speaks French only"); //$NON-NLS-1$ //$NON-NLS-2$
        Properties french = new Properties();
        try (InputStream in = PortalTexts.class.getResourceAsStream("portal.properties")) { //$NON-NLS-1$
            assertNotNull(in);
            french.load(in);
        }
        assertEquals(french.getProperty("Api_ok"), PortalTexts.Api_ok); //$NON-NLS-1$
        assertEquals("Traitement effectu\u00e9 avec succ\u00e8s", PortalTexts.Api_ok); //$NON-NLS-1$
        Properties english = loaded("messages_en.properties"); //$NON-NLS-1$
        for (String key : french.stringPropertyNames()) {
            assertNull(english.getProperty(key), key + " has no English text any more"); //$NON-NLS-1$
        }
    }

    private static Properties loaded(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(in);
        }
        return p;
    }
}
