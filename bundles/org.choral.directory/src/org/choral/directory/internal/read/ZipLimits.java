// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

/**
 * How far a zip entry may inflate. The official XLSX (~27 MB) inflates its sheets about 10 to 20
 * times; spreadsheet XML rarely passes 100 times; a zip bomb reaches 1000 times and more.
 */
final class ZipLimits {

    /** Largest expansion ratio accepted for one entry. */
    static final long MAX_RATIO = 200;
    /** Entries this small may inflate at any ratio (an empty sheet compresses extremely well). */
    static final long SMALL_ENTRY = 16L * 1024 * 1024;
    /** No entry may inflate past this, whatever its compressed size. */
    static final long MAX_ENTRY = 4L * 1024 * 1024 * 1024;

    private ZipLimits() {
    }

    /** The most bytes an entry of {@code compressedSize} may inflate to. */
    static long limitFor(long compressedSize) {
        long byRatio = compressedSize < 0 ? MAX_ENTRY : compressedSize * MAX_RATIO;
        return Math.min(MAX_ENTRY, Math.max(SMALL_ENTRY, byRatio));
    }
}
