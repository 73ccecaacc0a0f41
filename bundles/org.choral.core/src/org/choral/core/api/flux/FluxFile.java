// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One file written: a lot archive or, in sequential mode, one invoice's file.
 *
 * @param path the file
 * @param size its size in bytes
 * @param name the flux's explicit name (lot part number appended when split)
 * @param depositDate the intended deposit date
 * @param invoiceNumbers the invoices it holds
 * @since 0.1
 */
public record FluxFile(Path path, long size, String name, LocalDate depositDate, List<String> invoiceNumbers) {

    public FluxFile {
        invoiceNumbers = List.copyOf(invoiceNumbers);
    }
}
