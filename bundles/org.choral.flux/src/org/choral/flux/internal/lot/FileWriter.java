// SPDX-License-Identifier: EPL-2.0
package org.choral.flux.internal.lot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxFailure;
import org.choral.core.api.flux.FluxFile;
import org.choral.core.api.flux.FluxFormat;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.invoice.Invoice;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Writes the invoices of one request with its format. In a lot each invoice is first complete in
 * an {@link EntryBuffer} (so that one that fails leaves nothing behind and the archive never holds
 * a half entry), then added; in sequential mode it is written once to a hidden temporary file
 * moved to its final name when complete.
 */
final class FileWriter {

    private final FluxFormat format;
    private final FluxRequest request;
    private final List<FluxFailure> failures = new ArrayList<>();

    FileWriter(FluxFormat format, FluxRequest request) {
        this.format = format;
        this.request = request;
    }

    List<FluxFailure> failures() {
        return List.copyOf(failures);
    }

    /** One lot; empty when none of its invoices could be written. */
    Optional<FluxFile> lot(List<Invoice> invoices, Path target, String name, LocalDate date, SubMonitor progress)
            throws IOException {
        Path folder = target.getParent();
        Path temp = AtomicFiles.temp(folder, target.getFileName().toString());
        List<String> numbers = new ArrayList<>();
        Set<String> entries = new HashSet<>();
        boolean committed = false;
        EntryBuffer entry = new EntryBuffer(folder, target.getFileName().toString());
        try {
            try (OutputStream out = DefaultFluxService.create(temp);
                    ArchiveSink archive = ArchiveSink.open(request.archive(), out)) {
                for (Invoice inv : invoices) {
                    SubMonitor step = progress.split(1);
                    step.subTask(inv.number());
                    String entryName = Names.entryName(inv.number(), format.extension());
                    try {
                        if (render(inv, entry.named(entryName))) {
                            archive.add(unique(entries, entryName), entry);
                            numbers.add(inv.number());
                        }
                    } finally {
                        entry.reset();
                    }
                }
            }
            if (numbers.isEmpty()) {
                return Optional.empty();
            }
            AtomicFiles.commit(temp, target);
            committed = true;
            return Optional.of(new FluxFile(target, Files.size(target), name, date, numbers));
        } finally {
            entry.reset();
            if (!committed) {
                AtomicFiles.deleteQuietly(temp);
            }
        }
    }

    /** One invoice's bare file (sequential mode); empty when it could not be written. */
    Optional<FluxFile> single(Invoice inv, Path folder, String name, LocalDate date, SubMonitor progress)
            throws IOException {
        progress.subTask(inv.number());
        Path target = folder.resolve(Names.entryName(inv.number(), format.extension()));
        Path temp = AtomicFiles.temp(folder, target.getFileName().toString());
        boolean committed = false;
        try {
            if (!render(inv, temp)) {
                return Optional.empty();
            }
            AtomicFiles.commit(temp, target);
            committed = true;
            return Optional.of(new FluxFile(target, Files.size(target), name, date, List.of(inv.number())));
        } finally {
            if (!committed) {
                AtomicFiles.deleteQuietly(temp);
            }
        }
    }

    /** Writes {@code inv} to {@code file}; a format failure is recorded and answers {@code false}. */
    private boolean render(Invoice inv, Path file) throws IOException {
        try (OutputStream out = DefaultFluxService.create(file)) {
            return render(inv, out);
        }
    }

    /** Writes {@code inv} to {@code out}; a format failure is recorded and answers {@code false}. */
    private boolean render(Invoice inv, OutputStream out) throws IOException {
        try {
            format.write(inv, request.options(), out);
            return true;
        } catch (FluxException e) {
            failures.add(new FluxFailure(inv.number(), e.getMessage()));
            return false;
        }
    }

    /** Two invoice numbers may map to the same safe name ({@code A/1}, {@code A_1}): number the second. */
    private static String unique(Set<String> taken, String entry) {
        String candidate = entry;
        int dot = entry.indexOf('.');
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = entry.substring(0, dot) + '-' + n + entry.substring(dot);
        }
        return candidate;
    }
}
