// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

/**
 * The SIRETs of the structures read so far, to skip duplicates and orphan services: numbers in an
 * open-addressing table rather than a set of strings, so that 200,000 of them cost one array
 * instead of 200,000 objects for the garbage collector to copy while the import runs.
 */
final class SiretSet {

    private static final double LOAD = 0.5;

    /** {@code siret + 1} at each used slot; 0 marks an empty one. */
    private long[] table = new long[1 << 16];
    private int size;

    /** Adds a valid 14-digit SIRET; {@code false} when it was there already. */
    boolean add(String siret) {
        long key = Long.parseLong(siret) + 1;
        if (size + 1 > table.length * LOAD) {
            grow();
        }
        int i = find(table, key);
        if (table[i] == key) {
            return false;
        }
        table[i] = key;
        size++;
        return true;
    }

    boolean contains(String siret) {
        long key = Long.parseLong(siret) + 1;
        return table[find(table, key)] == key;
    }

    /** The slot holding {@code key}, or the empty slot where it belongs. */
    private static int find(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) (mix(key) & mask);
        while (table[i] != 0 && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long key : table) {
            if (key != 0) {
                bigger[find(bigger, key)] = key;
            }
        }
        table = bigger;
    }
}
