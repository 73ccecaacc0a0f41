// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a table, found by header name (case, spaces and a BOM ignored): the schema of the
 * directory changed before and its columns must never be read by position.
 */
final class Columns {

    private final Map<String, Integer> byName = new HashMap<>();
    private final List<String> missing = new ArrayList<>();

    Columns(String[] header) {
        for (int i = header.length - 1; i >= 0; i--) {
            if (header[i] != null) {
                byName.put(key(header[i]), Integer.valueOf(i));
            }
        }
    }

    private static String key(String name) {
        return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Whether the header has any of {@code names}. */
    boolean hasAny(String... names) {
        for (String name : names) {
            if (byName.containsKey(key(name))) {
                return true;
            }
        }
        return false;
    }

    /** The position of a column that must be there; its absence is recorded in {@link #missing()}. */
    int required(String name) {
        Integer i = byName.get(key(name));
        if (i == null) {
            missing.add(name);
            return -1;
        }
        return i.intValue();
    }

    /** The position of a column that may be absent, or -1. */
    int optional(String name) {
        Integer i = byName.get(key(name));
        return i == null ? -1 : i.intValue();
    }

    List<String> missing() {
        return List.copyOf(missing);
    }

    /** The trimmed cell at {@code index}, or "" when absent. */
    static String cell(String[] cells, int index) {
        if (index < 0 || index >= cells.length || cells[index] == null) {
            return ""; //$NON-NLS-1$
        }
        return cells[index].trim();
    }

    static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
