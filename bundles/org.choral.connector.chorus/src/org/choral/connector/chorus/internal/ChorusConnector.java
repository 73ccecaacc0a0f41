// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.choral.connector.chorus.internal.http.ApiClient;
import org.choral.connector.chorus.internal.http.FluxEntity;
import org.choral.connector.chorus.internal.i18n.Messages;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.portal.Capability;
import org.choral.core.api.portal.CredentialsReport;
import org.choral.core.api.portal.DepositReceipt;
import org.choral.core.api.portal.DirectoryDownload;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.FluxReport;
import org.choral.core.api.portal.FluxState;
import org.choral.core.api.portal.InvoiceCriteria;
import org.choral.core.api.portal.InvoiceHistory;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalException;
import org.choral.core.api.portal.PortalInvoice;
import org.choral.core.api.portal.SupplierStructure;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.slf4j.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Chorus Pro through the PISTE API (chorus-reference.md §4). */
public final class ChorusConnector implements PortalConnector {

    public static final String ID = "chorus"; //$NON-NLS-1$

    static final String DEPOSIT = "/cpro/factures/v1/deposer/flux"; //$NON-NLS-1$
    static final String REPORT = "/cpro/transverses/v1/consulterCRDetaille"; //$NON-NLS-1$
    static final String REPORT_PDF = "/cpro/transverses/v1/consulterCR"; //$NON-NLS-1$
    static final String SEARCH_INVOICES = "/cpro/factures/v1/rechercher/fournisseur"; //$NON-NLS-1$
    static final String HISTORY = "/cpro/factures/v1/consulter/historique"; //$NON-NLS-1$
    static final String SUPPLIERS = "/cpro/transverses/v1/recuperer/structures/actives/fournisseur"; //$NON-NLS-1$

    private final ApiClient api;
    private final Tuning tuning;
    private final Logger log;
    private final Clock clock;
    private final Structures structures;

    public ChorusConnector(ApiClient api, Tuning tuning, Logger log, Clock clock) {
        this.api = api;
        this.tuning = tuning;
        this.log = log;
        this.clock = clock;
        this.structures = new Structures(api, tuning, log, clock);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return Messages.Connector_name;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    @Override
    public CredentialsReport checkCredentials() throws PortalException {
        List<SupplierStructure> suppliers = supplierStructures();
        LocalDate expiry = null;
        List<String> warnings = new ArrayList<>();
        if (!suppliers.isEmpty()) {
            expiry = structures.passwordExpiry(suppliers.get(0).id());
            PasswordExpiry.warning(expiry, LocalDate.now(clock.withZone(Values.PARIS))).ifPresent(w -> {
                log.warn(w);
                warnings.add(w);
            });
        }
        return new CredentialsReport(ID, api.endpoints().api(), suppliers.size(), expiry, warnings);
    }

    @Override
    public DepositReceipt deposit(Flux flux) throws PortalException {
        long size;
        FluxEntity entity;
        try {
            if (!Files.isRegularFile(flux.file())) {
                throw new IOException(Messages.Error_notAFile);
            }
            size = Files.size(flux.file());
            entity = new FluxEntity(flux.file(), size, flux.fileName(), flux.syntax(), api.json());
        } catch (IOException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_fluxUnreadable, flux.file(), e.getMessage()), e);
        }
        log.info("Depositing {} ({} bytes, {}, {} invoices)", flux.fileName(), size, flux.syntax(), //$NON-NLS-1$
                flux.invoiceNumbers().size());
        JsonNode answer = api.deposit(DEPOSIT, () -> entity, flux.fileName());
        String number = Values.text(answer, "numeroFluxDepot"); //$NON-NLS-1$
        if (number == null) {
            // the portal said « done » without the number to follow it by: as good as lost
            throw new PortalException.AnswerLost(NLS.bind(Messages.Error_answerLost, flux.fileName(),
                    NLS.bind(Messages.Error_missingField, DEPOSIT, "numeroFluxDepot")), flux.fileName(), null); //$NON-NLS-1$
        }
        LocalDate date = Values.date(answer, "dateDepot"); //$NON-NLS-1$
        String syntax = Values.text(answer, "syntaxeFlux"); //$NON-NLS-1$
        log.info("Deposited {} as flux {}", flux.fileName(), number); //$NON-NLS-1$
        return new DepositReceipt(number, date != null ? date : LocalDate.now(clock.withZone(Values.PARIS)),
                syntax != null ? syntax : flux.syntax());
    }

    @Override
    public FluxReport fluxReport(String fluxNumber) throws PortalException {
        ObjectNode body = api.json().createObjectNode().put("numeroFluxDepot", fluxNumber); //$NON-NLS-1$
        JsonNode a = api.call(REPORT, body);
        String state = Values.text(a, "etatCourantDepotFlux"); //$NON-NLS-1$
        if (state == null) {
            state = Values.text(a, "etatCourantFlux"); //$NON-NLS-1$
        }
        List<FluxReport.InvoiceError> invoiceErrors = new ArrayList<>();
        for (JsonNode e : Values.list(a, "listeErreurDP")) { //$NON-NLS-1$
            invoiceErrors.add(new FluxReport.InvoiceError(Values.text(e, "identifiantFournisseur"), //$NON-NLS-1$
                    Values.text(e, "identifiantDestinataire"), Values.text(e, "numeroDP"), //$NON-NLS-1$ //$NON-NLS-2$
                    Values.text(e, "libelleErreurDP"))); //$NON-NLS-1$
        }
        List<FluxReport.TechnicalError> technical = new ArrayList<>();
        for (JsonNode e : Values.list(a, "listeErreurTechnique")) { //$NON-NLS-1$
            technical.add(new FluxReport.TechnicalError(Values.text(e, "codeErreur"), Values.text(e, "libelleErreur"), //$NON-NLS-1$ //$NON-NLS-2$
                    Values.text(e, "natureErreur"))); //$NON-NLS-1$
        }
        String number = Values.text(a, "numeroFluxDepot"); //$NON-NLS-1$
        String fileName = Values.text(a, "nomFichier"); //$NON-NLS-1$
        return new FluxReport(number != null ? number : fluxNumber, state(state), state,
                fileName != null ? fileName : Values.text(a, "nomFichierFlux"), Values.date(a, "dateDepotFlux"), //$NON-NLS-1$ //$NON-NLS-2$
                Values.dateTime(a, "dateHeureEtatCourantFlux"), invoiceErrors, technical); //$NON-NLS-1$
    }

    @Override
    public byte[] fluxReportPdf(String fluxNumber) throws PortalException {
        JsonNode a = api.call(REPORT_PDF, api.json().createObjectNode().put("numeroFluxDepot", fluxNumber)); //$NON-NLS-1$
        String encoded = Values.text(a, "fichierCR"); //$NON-NLS-1$
        if (encoded == null) {
            throw new PortalException.Protocol(NLS.bind(Messages.Error_missingField, REPORT_PDF, "fichierCR"), null); //$NON-NLS-1$
        }
        byte[] pdf;
        try {
            pdf = Base64.getMimeDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new PortalException.Protocol(NLS.bind(Messages.Error_notPdf,
                    new Object[] { fluxNumber, REPORT_PDF, e.getMessage() }), e);
        }
        if (!isPdf(pdf)) {
            throw new PortalException.Protocol(NLS.bind(Messages.Error_notPdf,
                    new Object[] { fluxNumber, REPORT_PDF, "%PDF-" }), null); //$NON-NLS-1$
        }
        return pdf;
    }

    private static boolean isPdf(byte[] bytes) {
        byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
        return bytes.length > magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    static FluxState state(String portalState) {
        if (portalState == null) {
            return FluxState.UNKNOWN;
        }
        return switch (portalState.toUpperCase(Locale.ROOT)) {
        case "IN_INTEGRE" -> FluxState.INTEGRATED; //$NON-NLS-1$
        case "IN_INTEGRE_PARTIEL" -> FluxState.PARTIAL; //$NON-NLS-1$
        case "IN_REJETE" -> FluxState.REJECTED; //$NON-NLS-1$
        case "IN_INCIDENTE" -> FluxState.INCIDENT; //$NON-NLS-1$
        case "IN_RECU", "IN_TRAITE_SE_CPP", "IN_EN_ATTENTE_TRAITEMENT_CPP", "IN_EN_COURS_TRAITEMENT_CPP", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "IN_EN_ATTENTE_RETRAITEMENT_CPP" -> FluxState.PENDING; //$NON-NLS-1$
        default -> FluxState.UNKNOWN;
        };
    }

    @Override
    public List<PortalInvoice> findInvoices(InvoiceCriteria criteria, IProgressMonitor monitor) throws PortalException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Search_task, 10);
        List<PortalInvoice> found = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            ObjectNode body = api.json().createObjectNode();
            putIf(body, "numeroFluxDepot", criteria.fluxNumber()); //$NON-NLS-1$
            putIf(body, "numeroFacture", criteria.invoiceNumber()); //$NON-NLS-1$
            putIf(body, "statut", criteria.status()); //$NON-NLS-1$
            body.putObject("rechercheFactureParFournisseur").put("nbResultatsParPage", tuning.pageSize()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("pageResultatDemandee", page).put("triColonne", "IdentifiantFactureCPP") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("triSens", "Ascendant"); //$NON-NLS-1$ //$NON-NLS-2$
            JsonNode a = api.call(SEARCH_INVOICES, body);
            int before = found.size();
            for (JsonNode i : Values.list(a, "listeFactures")) { //$NON-NLS-1$
                String id = Values.text(i, "identifiantFactureCPP"); //$NON-NLS-1$
                if (id != null) {
                    found.add(new PortalInvoice(id, Values.text(i, "numeroFacture"), Values.text(i, "numeroFluxDepot"), //$NON-NLS-1$ //$NON-NLS-2$
                            Values.text(i, "statut"), Values.date(i, "dateDepot"), //$NON-NLS-1$ //$NON-NLS-2$
                            Values.text(i, "identifiantFournisseur"), Values.text(i, "identifiantDestinataire"), //$NON-NLS-1$ //$NON-NLS-2$
                            Values.amount(i, "montantTTC"))); //$NON-NLS-1$
                }
            }
            pages = a.path("parametresRetour").path("pages").asInt(page); //$NON-NLS-1$ //$NON-NLS-2$
            progress.setWorkRemaining(Math.max(1, pages - page + 1));
            progress.split(1);
            log.debug("Invoice search page {}/{}: {} invoices", page, pages, found.size() - before); //$NON-NLS-1$
            if (found.size() == before) {
                break; // an empty page ends the walk whatever the page count said
            }
        }
        return found;
    }

    private static void putIf(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }

    @Override
    public InvoiceHistory invoiceHistory(String invoiceId) throws PortalException {
        long id;
        try {
            id = Long.parseLong(invoiceId.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_badInvoiceId, invoiceId), e);
        }
        JsonNode a = api.call(HISTORY, api.json().createObjectNode().put("idFacture", id)); //$NON-NLS-1$
        List<InvoiceHistory.StatusChange> changes = new ArrayList<>();
        for (JsonNode s : Values.list(a, "historiquesDesStatuts", "listeHistoriquesStatuts", "historique")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            changes.add(new InvoiceHistory.StatusChange(Values.text(s, "statut"), //$NON-NLS-1$
                    Values.dateTime(s, "dateHeureChangement"), Values.text(s, "motif"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String current = Values.text(a, "statutCourant"); //$NON-NLS-1$
        if (current == null && !changes.isEmpty()) {
            current = changes.get(changes.size() - 1).status();
        }
        return new InvoiceHistory(invoiceId, Values.text(a, "numeroFacture"), current, changes); //$NON-NLS-1$
    }

    @Override
    public Optional<Structure> lookupStructure(String siret, IProgressMonitor monitor) throws PortalException {
        return structures.lookup(siret, monitor);
    }

    @Override
    public DirectoryDownload downloadDirectory(Path folder, IProgressMonitor monitor) throws PortalException {
        return structures.download(folder, monitor);
    }

    @Override
    public List<SupplierStructure> supplierStructures() throws PortalException {
        JsonNode a = api.call(SUPPLIERS, api.json().createObjectNode());
        List<SupplierStructure> list = new ArrayList<>();
        for (JsonNode s : Values.list(a, "listeStructures")) { //$NON-NLS-1$
            String id = Values.text(s, "idStructureCPP"); //$NON-NLS-1$
            if (id != null) {
                list.add(new SupplierStructure(id, Values.text(s, "identifiantStructure"), //$NON-NLS-1$
                        Values.text(s, "designationStructure"))); //$NON-NLS-1$
            }
        }
        return list;
    }

    @Override
    public void close() {
        api.close();
    }
}
