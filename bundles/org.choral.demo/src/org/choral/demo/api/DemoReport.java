// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.api;

import java.nio.file.Path;

/**
 * What the demo is and where.
 *
 * @param dataFolder the demo's data folder (start the workbench or the command line on it)
 * @param export the sample ERP export (CSV)
 * @param pdfFolder the folder of the sample invoices' PDFs
 * @param structuresFile the sample directory's Structures CSV
 * @param servicesFile the sample directory's Services CSV
 * @param supplierFile the demo supplier as a {@code choral flux --supplier} file
 * @param created {@code false} when the demo was already there and nothing was written
 * @param structures structures in the sample directory
 * @param services services in the sample directory
 * @param invoices invoices in the sample export
 * @param supplierSiret the demo supplier's SIRET
 * @param emulatorSpeed the emulator's speed factor of the demo (virtual seconds per real second)
 * @since 0.1
 */
public record DemoReport(Path dataFolder, Path export, Path pdfFolder, Path structuresFile, Path servicesFile,
        Path supplierFile, boolean created, int structures, int services, int invoices, String supplierSiret,
        double emulatorSpeed) {
}
