// SPDX-License-Identifier: EPL-2.0
package org.choral.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.e4.core.services.events.IEventBroker;

/**
 * The « Accueil » part's notes: a bundle posts a {@link WelcomeNote} on {@link #TOPIC} and the part
 * shows it under the steps. Notes posted before the part exists are kept and shown when it is
 * created.
 *
 * @since 0.1
 */
public final class Welcome {

    /** Event topic; the event's data is a {@link WelcomeNote}. */
    public static final String TOPIC = "org/choral/ui/welcome/note"; //$NON-NLS-1$

    private static final Map<String, WelcomeNote> CURRENT = new ConcurrentHashMap<>();

    private Welcome() {
    }

    /** Shows, replaces or (empty text) removes the note {@code note.id()}, from any thread. */
    public static void show(IEventBroker broker, WelcomeNote note) {
        if (note.isRemoval()) {
            CURRENT.remove(note.id());
        } else {
            CURRENT.put(note.id(), note);
        }
        broker.post(TOPIC, note);
    }

    /** The notes posted and not removed, by id. */
    public static List<WelcomeNote> notes() {
        return CURRENT.values().stream().sorted(Comparator.comparing(WelcomeNote::id)).toList();
    }
}
