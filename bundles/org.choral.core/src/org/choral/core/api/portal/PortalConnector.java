// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.choral.core.api.directory.Structure;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * One deposit portal, configured and ready to call. Every operation returns a value or throws a
 * {@link PortalException} saying what went wrong in terms the user can act on. An operation outside
 * {@link #capabilities()} throws {@link PortalException.Unsupported}. Safe to call from several
 * threads; {@link #close()} releases its connections.
 *
 * @since 0.1
 */
public interface PortalConnector extends AutoCloseable {

    /** Short lower-case identifier, as typed after {@code --portal} ({@code chorus}, {@code folder}). */
    String id();

    /** The portal's name in the user's language. */
    String displayName();

    /** What this portal can do besides {@link Capability#DEPOSIT} and {@link Capability#FLUX_REPORT}. */
    Set<Capability> capabilities();

    /**
     * Checks that the portal is reachable and accepts the credentials.
     *
     * @return what was checked, with warnings (such as a technical password expiring soon)
     */
    CredentialsReport checkCredentials() throws PortalException;

    /**
     * Sends one flux. A flux whose answer was lost ({@link PortalException.AnswerLost}) may have been
     * recorded by the portal: the connector never resends it, and neither should the caller before
     * the portal says it does not have it.
     *
     * @throws IllegalArgumentException when the flux file cannot be read (nothing was sent)
     */
    DepositReceipt deposit(Flux flux) throws PortalException;

    /** Where the integration of a deposited flux stands, with the errors per invoice once it ends. */
    FluxReport fluxReport(String fluxNumber) throws PortalException;

    /**
     * The portal's own report of a flux as a PDF (Chorus Pro: {@code consulterCR}, {@code fichierCR}),
     * kept with the proof of the deposit once the flux is final.
     *
     * @return the PDF document, whole (it starts with {@code %PDF-})
     */
    default byte[] fluxReportPdf(String fluxNumber) throws PortalException {
        throw unsupported(Capability.FLUX_REPORT_PDF);
    }

    /** The deposited invoices matching {@code criteria}, every result page followed. */
    default List<PortalInvoice> findInvoices(InvoiceCriteria criteria, IProgressMonitor monitor)
            throws PortalException {
        throw unsupported(Capability.INVOICE_SEARCH);
    }

    /** The status history of one invoice, identified by the portal's id ({@link PortalInvoice#id()}). */
    default InvoiceHistory invoiceHistory(String invoiceId) throws PortalException {
        throw unsupported(Capability.INVOICE_HISTORY);
    }

    /**
     * The structure as the portal knows it now, with its parameters (StA, StGE, StGS, StGSE) and
     * every service (SvA, SvGE); empty when the portal has no structure with this SIRET.
     */
    default Optional<Structure> lookupStructure(String siret, IProgressMonitor monitor) throws PortalException {
        throw unsupported(Capability.STRUCTURE_LOOKUP);
    }

    /**
     * Downloads the directory of public structures into {@code folder} (the file the directory
     * import reads, written whole or not at all).
     */
    default DirectoryDownload downloadDirectory(Path folder, IProgressMonitor monitor) throws PortalException {
        throw unsupported(Capability.DIRECTORY_DOWNLOAD);
    }

    /** The supplier structures the account may invoice from. */
    default List<SupplierStructure> supplierStructures() throws PortalException {
        throw unsupported(Capability.SUPPLIER_STRUCTURES);
    }

    /** Releases connections and threads; the connector is not used afterwards. */
    @Override
    void close();

    private PortalException unsupported(Capability capability) {
        return new PortalException.Unsupported(displayName(), capability);
    }
}
