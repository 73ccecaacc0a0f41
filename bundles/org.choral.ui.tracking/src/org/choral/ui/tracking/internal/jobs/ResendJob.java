// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.internal.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.choral.core.api.deposit.DepositListener;
import org.choral.core.api.deposit.DepositRequest;
import org.choral.core.api.deposit.DepositRow;
import org.choral.core.api.deposit.DepositSummary;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.core.api.flux.FluxMode;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.PortalConnector;
import org.choral.ui.tracking.internal.i18n.Messages;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * « Renvoyer » an uncertain invoice, after the user confirmed it: the deposit service looks it up
 * on the portal once more and sends it again only if the portal still does not list it
 * ({@code resendUncertain}; found, it is skipped: {@code skipDeposited}); the ledger records the attempt as any run does. Hands a sentence for
 * the user to {@code done}, on the job's thread.
 */
public final class ResendJob extends Job {

    public static final Object FAMILY = ResendJob.class;

    private final Services services;
    private final Path dataFolder;
    private final LedgerInvoice invoice;
    private final Path file;
    private final Consumer<String> done;

    public ResendJob(Services services, Path dataFolder, LedgerInvoice invoice, Path file, Consumer<String> done) {
        super(NLS.bind(Messages.Resend_job, invoice.number()));
        this.services = services;
        this.dataFolder = dataFolder;
        this.invoice = invoice;
        this.file = file;
        this.done = done;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (services.deposits() == null) {
            done.accept(Messages.Portal_noDepositModule);
            return Status.OK_STATUS;
        }
        DepositRequest request = new DepositRequest(FluxMode.SEQUENTIAL,
                List.of(Flux.of(file, invoice.syntax(), List.of(invoice.number()))), Duration.ZERO, true, true, true);
        try (PortalConnector connector = services.connect()) {
            DepositSummary summary = services.deposits().deposit(dataFolder, connector, request, DepositListener.NONE,
                    monitor);
            done.accept(describe(summary));
            return Status.OK_STATUS;
        } catch (IllegalStateException e) {
            done.accept(e.getMessage());
        } catch (IllegalArgumentException | IOException e) {
            done.accept(NLS.bind(Messages.Resend_failed, invoice.number(), e.getMessage()));
        } catch (OperationCanceledException e) {
            done.accept(Messages.Resend_cancelled);
            return Status.CANCEL_STATUS;
        }
        return Status.OK_STATUS;
    }

    private String describe(DepositSummary summary) {
        List<DepositRow> rows = new java.util.ArrayList<>(summary.resolved());
        rows.addAll(summary.rows());
        DepositRow last = rows.stream().filter(r -> invoice.number().equals(r.invoiceNumber()))
                .reduce((a, b) -> b).orElse(null);
        if (last == null) {
            return summary.stopReason() == null ? Messages.Resend_nothing : summary.stopReason();
        }
        return NLS.bind(Messages.Resend_done, invoice.number(), last.report() == null ? last.outcome() : last.report());
    }
}
