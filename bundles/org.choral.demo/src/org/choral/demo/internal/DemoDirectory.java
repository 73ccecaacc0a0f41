// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.directory.testdata.DirectoryGenerator;

/**
 * The sample directory: a few hundred structures from the directory generator (with its shares of
 * flags, services and inactive ones), and the recipients of the sample invoices picked in it by
 * what they are, so that each anomaly kind has a structure that really causes it.
 */
public final class DemoDirectory {

    /** The demo's seed: the same directory and the same invoices every time. */
    static final long SEED = 2026;
    static final int STRUCTURES = 400;
    static final int SERVICES = 400;
    private static final String PUBLIC_INVOICES = "FACTURES_PUBLIQUES"; //$NON-NLS-1$

    private final DirectoryGenerator generator = new DirectoryGenerator(STRUCTURES, SERVICES, SEED);

    /**
     * The recipients the sample invoices go to.
     *
     * @param plain active, no flag: takes invoices without service or engagement
     * @param withServices active, service code required, with an active service that needs no engagement
     * @param engagement active, engagement required
     * @param inactive not active
     * @param inactiveService active, no engagement required, with an inactive service
     * @param publicInvoices active, with the {@code FACTURES_PUBLIQUES} service
     * @param serviceOrEngagement active, « service ou engagement » required
     * @param unknownSiret a valid SIRET that is not in the directory
     */
    public record Recipients(Structure plain, Structure withServices, Structure engagement, Structure inactive,
            Structure inactiveService, Structure publicInvoices, Structure serviceOrEngagement, String unknownSiret) {

        /** An active service of {@link #withServices()} that needs no engagement. */
        public Service usableService() {
            return withServices.services().stream().filter(DemoDirectory::usable).findFirst().orElseThrow();
        }

        public Service inactiveServiceOf() {
            return inactiveService.services().stream().filter(s -> !s.active()).findFirst().orElseThrow();
        }
    }

    public Recipients recipients() {
        return new Recipients(
                find(s -> s.active() && noFlag(s) && s.services().isEmpty()),
                find(s -> s.active() && s.serviceRequired() && !s.engagementRequired()
                        && s.services().stream().anyMatch(DemoDirectory::usable)),
                find(s -> s.active() && s.engagementRequired() && !s.serviceRequired() && s.services().isEmpty()),
                find(s -> !s.active()),
                find(s -> s.active() && noFlag(s) && s.services().stream().anyMatch(v -> !v.active() && !v.engagementRequired())),
                find(s -> s.active() && noFlag(s) && s.services().stream()
                        .anyMatch(v -> PUBLIC_INVOICES.equals(v.code()) && v.active())),
                find(s -> s.active() && s.serviceOrEngagementRequired() && s.services().isEmpty()),
                generator.siret(STRUCTURES + 17));
    }

    private static boolean noFlag(Structure s) {
        return !s.engagementRequired() && !s.serviceRequired() && !s.serviceOrEngagementRequired();
    }

    static boolean usable(Service v) {
        return v.active() && !v.engagementRequired() && !PUBLIC_INVOICES.equals(v.code());
    }

    private Structure find(Predicate<Structure> wanted) {
        for (int i = 1; i < STRUCTURES; i++) {
            Structure s = generator.structure(i);
            if (wanted.test(s)) {
                return s;
            }
        }
        // The seed is fixed and the demo's tests prove every kind is found; reaching this is a programming error.
        throw new IllegalStateException("no demo recipient for this seed"); //$NON-NLS-1$
    }

    /** Writes the two CSV files of the official layout (UTF-8, {@code ;}). */
    public void write(Path structures, Path services) throws IOException {
        generator.writeCsv(structures, services, StandardCharsets.UTF_8, ';', DirectoryGenerator.Layout.OFFICIAL);
    }

    public int structureCount() {
        return generator.structureCount();
    }

    public int serviceCount() {
        return generator.serviceCount();
    }
}
