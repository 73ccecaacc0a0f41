// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link DirectoryIndex} from structures and then their services, as an import reads
 * them or as they are read back from the database. Not thread-safe; spent once built.
 */
public final class DirectoryIndexBuilder {

    /** About what a structure's record takes, to size the arrays from the expected count. */
    private static final int RECORD_BYTES = 96;
    private static final int SERVICE_BYTES = 48;

    private long[] sirets;
    private int[] structureAt;
    private int count;
    private int[] slots;
    private final ByteArena data;
    private final Map<String, Integer> sharedIds = new HashMap<>(1 << 14);
    private final List<String> shared = new ArrayList<>(1 << 14);
    private int[] serviceOwner;
    private int[] serviceOffset;
    private int services;
    private final ByteArena serviceData;

    /** @param expectedStructures a guess of the final size (the previous import's), to allocate once */
    public DirectoryIndexBuilder(int expectedStructures) {
        int expected = Math.max(16, expectedStructures);
        sirets = new long[expected];
        structureAt = new int[expected];
        slots = new int[DirectoryIndex.tableSize(expected)];
        data = new ByteArena(expected * RECORD_BYTES);
        serviceOwner = new int[expected / 2];
        serviceOffset = new int[expected / 2];
        serviceData = new ByteArena(expected / 2 * SERVICE_BYTES);
    }

    /**
     * Adds a structure.
     *
     * @param flags {@link DirectoryIndex#structureFlags}
     * @throws IllegalArgumentException when its SIRET was added already
     */
    public void structure(long siret, int flags, String name, String address, String postalCode, String town,
            String countryCode) {
        if (count == sirets.length) {
            sirets = Arrays.copyOf(sirets, count * 2);
            structureAt = Arrays.copyOf(structureAt, count * 2);
        }
        if (count + 1 > slots.length / 2) {
            slots = new int[slots.length * 2];
            for (int r = 0; r < count; r++) {
                DirectoryIndex.insert(slots, sirets, r);
            }
        }
        sirets[count] = siret;
        DirectoryIndex.insert(slots, sirets, count);
        structureAt[count] = data.length();
        data.writeByte(flags);
        data.writeString(name);
        data.writeString(address);
        data.writeVarInt(share(postalCode));
        data.writeVarInt(share(town));
        data.writeVarInt(share(countryCode));
        count++;
    }

    /**
     * Adds a service to the structure added with {@code siret}.
     *
     * @param flags {@link DirectoryIndex#serviceFlags(boolean, boolean)}
     * @return {@code false}, adding nothing, when no structure has that SIRET
     */
    public boolean service(long siret, int flags, String code, String name) {
        int owner = DirectoryIndex.find(slots, sirets, siret);
        if (owner < 0) {
            return false;
        }
        if (services == serviceOwner.length) {
            serviceOwner = Arrays.copyOf(serviceOwner, Math.max(16, services * 2));
            serviceOffset = Arrays.copyOf(serviceOffset, Math.max(16, services * 2));
        }
        serviceOwner[services] = owner;
        serviceOffset[services] = serviceData.length();
        serviceData.writeByte(flags);
        serviceData.writeString(code);
        serviceData.writeString(name);
        services++;
        return true;
    }

    /** The index of everything added, each structure's services ordered by code. */
    public DirectoryIndex build() {
        // counting sort of the services by structure, then by code within each structure
        int[] from = new int[count + 1];
        for (int k = 0; k < services; k++) {
            from[serviceOwner[k] + 1]++;
        }
        for (int r = 0; r < count; r++) {
            from[r + 1] += from[r];
        }
        int[] at = new int[services];
        int[] next = Arrays.copyOf(from, count);
        for (int k = 0; k < services; k++) {
            at[next[serviceOwner[k]]++] = serviceOffset[k];
        }
        for (int r = 0; r < count; r++) {
            if (from[r + 1] - from[r] > 1) {
                sortByCode(at, from[r], from[r + 1]);
            }
        }
        DirectoryIndex.Parts parts = new DirectoryIndex.Parts(Arrays.copyOf(sirets, count),
                Arrays.copyOf(structureAt, count), data.bytes(), data.length(), shared.toArray(new String[0]), from,
                at, serviceData.bytes(), serviceData.length());
        return new DirectoryIndex(parts, slots);
    }

    private void sortByCode(int[] at, int start, int end) {
        record Entry(String code, int offset) {
        }
        Entry[] entries = new Entry[end - start];
        for (int k = start; k < end; k++) {
            ByteArena.Cursor c = new ByteArena.Cursor(serviceData.bytes(), at[k], serviceData.length());
            c.readByte();
            entries[k - start] = new Entry(c.readString(), at[k]);
        }
        Arrays.sort(entries, (a, b) -> a.code().compareTo(b.code()));
        for (int k = start; k < end; k++) {
            at[k] = entries[k - start].offset();
        }
    }

    private int share(String s) {
        Integer id = sharedIds.get(s);
        if (id == null) {
            id = Integer.valueOf(shared.size());
            sharedIds.put(s, id);
            shared.add(s);
        }
        return id.intValue();
    }
}
