// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

/** One file of a deposited flux (the bare file itself when it is not an archive). */
public record LotEntry(String name, byte[] content) {

    public boolean isPdf() {
        return content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
    }

    /** The name without folder and extension. */
    public String baseName() {
        String n = name.substring(name.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
