// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.index;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.core.api.directory.Structure;

/**
 * The directory in memory: structures by SIRET for look-ups (a hash map: millions per second), and
 * a search index built on the first search only, since the command line's {@code show} and the
 * invoice checks never search.
 */
public final class DirectoryIndex {

    public static final DirectoryIndex EMPTY = new DirectoryIndex(new HashMap<>());

    private final Map<String, Structure> bySiret;
    private volatile SearchIndex search;

    /** @param bySiret the structures keyed by their 14-digit SIRET; taken over, not copied */
    public DirectoryIndex(Map<String, Structure> bySiret) {
        this.bySiret = bySiret;
    }

    /** The structure with this normalised SIRET, or {@code null}. */
    public Structure get(String siret) {
        return bySiret.get(siret);
    }

    public int size() {
        return bySiret.size();
    }

    /** Every structure, in no particular order (to compare two imports, to write a snapshot). */
    public Collection<Structure> structures() {
        return Collections.unmodifiableCollection(bySiret.values());
    }

    /** How many services all the structures have together. */
    public int serviceCount() {
        int n = 0;
        for (Structure s : bySiret.values()) {
            n += s.services().size();
        }
        return n;
    }

    public List<Structure> search(String text, int limit) {
        SearchIndex s = search;
        if (s == null) {
            synchronized (this) {
                s = search;
                if (s == null) {
                    s = new SearchIndex(bySiret.values());
                    search = s;
                }
            }
        }
        return s.find(text, limit);
    }
}
