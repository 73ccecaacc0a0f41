// SPDX-License-Identifier: EPL-2.0
package org.choral.update.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;

import org.choral.update.internal.i18n.Messages;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            p.load(in);
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").keySet()), new TreeSet<>(load("messages_en.properties").keySet()));
    }

    @Test
    void everyFieldHasAFrenchText() {
        assertEquals(true, Messages.Verb_usage != null && !Messages.Verb_usage.startsWith("NLS missing"), Messages.Verb_usage); //$NON-NLS-1$
        assertEquals(true, Messages.Update_notUpdatable.contains("p2 n'est pas disponible"), Messages.Update_notUpdatable); //$NON-NLS-1$
    }
}
