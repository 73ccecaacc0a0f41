// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.choral.core.api.deposit.DepositService;
import org.choral.ui.tracking.internal.i18n.Messages;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * « Exporter la preuve… »: zips the proof of one invoice (each flux that carried it: the file as
 * deposited, the receipt, the detailed report and the portal's PDF report) through the deposit
 * service, off the UI thread.
 */
public final class ProofExport {

    private ProofExport() {
    }

    /** The job that writes {@code zip} and hands a sentence for the user to {@code done}, on its thread. */
    public static Job job(DepositService deposits, Path dataFolder, String invoiceNumber, Path zip,
            Consumer<String> done) {
        Job job = Job.create(NLS.bind(Messages.Proof_job, invoiceNumber), monitor -> {
            if (deposits == null) {
                done.accept(Messages.Portal_noDepositModule);
                return Status.OK_STATUS;
            }
            try {
                int fluxes = deposits.exportProof(dataFolder, invoiceNumber, null, null, zip);
                done.accept(fluxes == 0 ? NLS.bind(Messages.Proof_none, invoiceNumber)
                        : NLS.bind(Messages.Proof_done, new Object[] { invoiceNumber, zip, fluxes }));
            } catch (IOException e) {
                done.accept(NLS.bind(Messages.Proof_failed, zip, e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        return job;
    }
}
