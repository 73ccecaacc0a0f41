// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.index;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;

/**
 * The directory in memory, compact: structures numbered in the order they were read, found by
 * SIRET through an open-addressing table of numbers, their text in one byte array and their
 * services in another. A look-up decodes the {@link Structure} it returns (about a microsecond).
 * Compared with a map of records, the index of 200,000 structures takes a third of the memory in
 * a handful of arrays, which the garbage collector never has to copy while an import builds it,
 * and which a snapshot file saves and loads as they are. A search index is built on the first
 * search only, since the command line's {@code show} and the invoice checks never search.
 * <p>
 * A structure's record: flags, name, address, then its postal code, town and country as numbers
 * in a table of shared strings (they repeat a lot). A service's record: flags, code, name. The
 * services of structure {@code r} are {@code serviceAt[serviceFrom[r] .. serviceFrom[r + 1])},
 * ordered by code.
 */
public final class DirectoryIndex {

    /** Flag bits: StA / SvA. */
    public static final int ACTIVE = 1;
    /** StGE / SvGE. */
    public static final int ENGAGEMENT = 2;
    /** StGS. */
    public static final int SERVICE = 4;
    /** StGSE. */
    public static final int SERVICE_OR_ENGAGEMENT = 8;
    /** {@code GestionStatutMiseEnPaiement}. */
    public static final int PAYMENT = 16;
    /** The flags that say what an invoice must carry. */
    public static final int REQUIREMENTS = ENGAGEMENT | SERVICE | SERVICE_OR_ENGAGEMENT;

    private static final long MAX_SIRET = 99_999_999_999_999L;
    /** Up to this many services, a structure's are scanned for a code rather than searched. */
    private static final int LINEAR_SCAN_LIMIT = 8;

    public static final DirectoryIndex EMPTY = new DirectoryIndexBuilder(0).build();

    /**
     * The arrays an index is made of, as a snapshot file stores them.
     *
     * @param sirets each structure's SIRET, by record number
     * @param structureAt where each structure's record starts in {@code data}
     * @param shared postal codes, towns and country codes
     * @param serviceFrom for each structure, the position of its first service in {@code serviceAt}; one more
     *        entry than structures, the last being the number of services
     * @param serviceAt where each service's record starts in {@code serviceData}
     */
    public record Parts(long[] sirets, int[] structureAt, byte[] data, int dataLength, String[] shared,
            int[] serviceFrom, int[] serviceAt, byte[] serviceData, int serviceDataLength) {
    }

    private final Parts parts;
    private final long[] sirets;
    private final int[] structureAt;
    private final byte[] data;
    private final int dataLength;
    private final String[] shared;
    private final int[] serviceFrom;
    private final int[] serviceAt;
    private final byte[] serviceData;
    private final int serviceDataLength;
    /** Record number + 1 of each SIRET at its hash slot; 0 marks an empty slot. */
    private final int[] slots;
    private volatile SearchIndex search;

    DirectoryIndex(Parts parts, int[] slots) {
        this.parts = parts;
        this.sirets = parts.sirets();
        this.structureAt = parts.structureAt();
        this.data = parts.data();
        this.dataLength = parts.dataLength();
        this.shared = parts.shared();
        this.serviceFrom = parts.serviceFrom();
        this.serviceAt = parts.serviceAt();
        this.serviceData = parts.serviceData();
        this.serviceDataLength = parts.serviceDataLength();
        this.slots = slots;
    }

    /**
     * The index made of {@code parts}, after checking that every record can be read.
     *
     * @throws IllegalArgumentException when they do not make an index (a damaged file)
     */
    public static DirectoryIndex of(Parts parts) {
        try {
            int n = parts.sirets().length;
            int services = parts.serviceAt().length;
            int[] from = parts.serviceFrom();
            if (parts.structureAt().length != n || from.length != n + 1 || from[0] != 0 || from[n] != services
                    || parts.dataLength() > parts.data().length
                    || parts.serviceDataLength() > parts.serviceData().length) {
                throw new IllegalArgumentException("inconsistent sizes"); //$NON-NLS-1$
            }
            for (String s : parts.shared()) {
                if (s == null) {
                    throw new IllegalArgumentException("missing shared string"); //$NON-NLS-1$
                }
            }
            int[] slots = new int[tableSize(n)];
            for (int r = 0; r < n; r++) {
                long siret = parts.sirets()[r];
                if (siret < 0 || siret > MAX_SIRET || from[r] > from[r + 1]) {
                    throw new IllegalArgumentException("record " + r); //$NON-NLS-1$
                }
                ByteArena.Cursor c = new ByteArena.Cursor(parts.data(), parts.structureAt()[r], parts.dataLength());
                c.readByte();
                c.skipString();
                c.skipString();
                for (int i = 0; i < 3; i++) {
                    if (c.readVarInt() >= parts.shared().length) {
                        throw new IllegalArgumentException("shared string of record " + r); //$NON-NLS-1$
                    }
                }
                insert(slots, parts.sirets(), r);
            }
            for (int k = 0; k < services; k++) {
                ByteArena.Cursor c = new ByteArena.Cursor(parts.serviceData(), parts.serviceAt()[k],
                        parts.serviceDataLength());
                c.readByte();
                c.skipString();
                c.skipString();
            }
            return new DirectoryIndex(parts, slots);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The arrays of this index, to save it (not to be modified). */
    public Parts parts() {
        return parts;
    }

    /** The structure with this normalised 14-digit SIRET, or {@code null}. */
    public Structure get(String siret) {
        long value = parse(siret);
        int r = value < 0 ? -1 : record(value);
        return r < 0 ? null : structure(r, siret);
    }

    public int size() {
        return sirets.length;
    }

    /** How many services all the structures have together. */
    public int serviceCount() {
        return serviceAt.length;
    }

    /** Every structure, decoded as it is reached (to write them out, to compare, to serve an emulator). */
    public Collection<Structure> structures() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Structure> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < sirets.length;
                    }

                    @Override
                    public Structure next() {
                        if (next >= sirets.length) {
                            throw new NoSuchElementException();
                        }
                        return structure(next++);
                    }
                };
            }

            @Override
            public int size() {
                return sirets.length;
            }
        };
    }

    public List<Structure> search(String text, int limit) {
        SearchIndex s = search;
        if (s == null) {
            synchronized (this) {
                s = search;
                if (s == null) {
                    s = new SearchIndex(this);
                    search = s;
                }
            }
        }
        return s.find(text, limit);
    }

    /** The record number of {@code siret}, or -1. */
    public int record(long siret) {
        return find(slots, sirets, siret);
    }

    public long siret(int record) {
        return sirets[record];
    }

    /** The structure's flags ({@link #ACTIVE}…). */
    public int flags(int record) {
        return data[structureAt[record]] & 0xff;
    }

    /** How many services the structure has. */
    public int services(int record) {
        return serviceFrom[record + 1] - serviceFrom[record];
    }

    /** The code of the structure's {@code k}-th service (by code). */
    public String serviceCode(int record, int k) {
        ByteArena.Cursor c = service(record, k);
        c.readByte();
        return c.readString();
    }

    public int serviceFlags(int record, int k) {
        return service(record, k).readByte();
    }

    /** The flags of the structure's service with this code, or -1 when it has none. */
    public int serviceFlags(int record, String code) {
        int n = services(record);
        if (n > LINEAR_SCAN_LIMIT) {
            // ordered by code: a structure with hundreds of services is searched, not scanned
            int low = 0;
            int high = n - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int c = serviceCode(record, mid).compareTo(code);
                if (c == 0) {
                    return serviceFlags(record, mid);
                }
                if (c < 0) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return -1;
        }
        for (int k = 0; k < n; k++) {
            ByteArena.Cursor c = service(record, k);
            int flags = c.readByte();
            if (c.nextStringEquals(code)) {
                return flags;
            }
        }
        return -1;
    }

    /** The structure with its services. */
    public Structure structure(int record) {
        return structure(record, format(sirets[record]));
    }

    String name(int record) {
        ByteArena.Cursor c = new ByteArena.Cursor(data, structureAt[record], dataLength);
        c.readByte();
        return c.readString();
    }

    String town(int record) {
        return shared[sharedIds(record)[1]];
    }

    String postalCode(int record) {
        return shared[sharedIds(record)[0]];
    }

    private int[] sharedIds(int record) {
        ByteArena.Cursor c = new ByteArena.Cursor(data, structureAt[record], dataLength);
        c.readByte();
        c.skipString();
        c.skipString();
        return new int[] { c.readVarInt(), c.readVarInt(), c.readVarInt() };
    }

    private Structure structure(int record, String siret) {
        ByteArena.Cursor c = new ByteArena.Cursor(data, structureAt[record], dataLength);
        int f = c.readByte();
        String name = c.readString();
        String address = c.readString();
        String postalCode = shared[c.readVarInt()];
        String town = shared[c.readVarInt()];
        String country = shared[c.readVarInt()];
        int n = services(record);
        List<Service> services;
        if (n == 0) {
            services = List.of();
        } else {
            Service[] own = new Service[n];
            for (int k = 0; k < n; k++) {
                ByteArena.Cursor s = service(record, k);
                int sf = s.readByte();
                own[k] = new Service(siret, s.readString(), s.readString(), (sf & ACTIVE) != 0,
                        (sf & ENGAGEMENT) != 0);
            }
            services = List.of(own);
        }
        return new Structure(siret, name, (f & ACTIVE) != 0, (f & ENGAGEMENT) != 0, (f & SERVICE) != 0,
                (f & SERVICE_OR_ENGAGEMENT) != 0, (f & PAYMENT) != 0, address, postalCode, town, country, services);
    }

    private ByteArena.Cursor service(int record, int k) {
        return new ByteArena.Cursor(serviceData, serviceAt[serviceFrom[record] + k], serviceDataLength);
    }

    /** The flags of a structure. */
    public static int structureFlags(boolean active, boolean engagement, boolean service, boolean serviceOrEngagement,
            boolean payment) {
        return (active ? ACTIVE : 0) | (engagement ? ENGAGEMENT : 0) | (service ? SERVICE : 0)
                | (serviceOrEngagement ? SERVICE_OR_ENGAGEMENT : 0) | (payment ? PAYMENT : 0);
    }

    /** The flags of a service. */
    public static int serviceFlags(boolean active, boolean engagement) {
        return (active ? ACTIVE : 0) | (engagement ? ENGAGEMENT : 0);
    }

    /** The 14-digit SIRET of {@code value}, leading zeros restored. */
    public static String format(long value) {
        if (value < 0 || value > MAX_SIRET) {
            throw new IllegalArgumentException("SIRET " + value); //$NON-NLS-1$
        }
        char[] digits = new char[14];
        long v = value;
        for (int i = 13; i >= 0; i--) {
            digits[i] = (char) ('0' + (int) (v % 10));
            v /= 10;
        }
        return new String(digits);
    }

    /** The value of a 14-digit SIRET, or -1 when {@code siret} is not 14 digits. */
    public static long parse(String siret) {
        if (siret == null || siret.length() != 14) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < 14; i++) {
            char c = siret.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A power of two at least twice {@code n}: probes stay short. */
    static int tableSize(int n) {
        return Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
    }

    /** Puts record {@code r} in {@code slots}. @throws IllegalArgumentException for a SIRET already there */
    static void insert(int[] slots, long[] sirets, int r) {
        int mask = slots.length - 1;
        int i = slot(sirets[r], mask);
        while (slots[i] != 0) {
            if (sirets[slots[i] - 1] == sirets[r]) {
                throw new IllegalArgumentException("SIRET twice: " + sirets[r]); //$NON-NLS-1$
            }
            i = (i + 1) & mask;
        }
        slots[i] = r + 1;
    }

    /** The record of {@code siret} in {@code slots}, or -1. */
    static int find(int[] slots, long[] sirets, long siret) {
        int mask = slots.length - 1;
        for (int i = slot(siret, mask);; i = (i + 1) & mask) {
            int r = slots[i] - 1;
            if (r < 0 || sirets[r] == siret) {
                return r;
            }
        }
    }

    private static int slot(long siret, int mask) {
        long h = siret * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
