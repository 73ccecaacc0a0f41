// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.choral.core.api.Siret;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.emulator.internal.directory.DirectoryExport;
import org.choral.emulator.internal.directory.EmulatorDirectory;
import org.choral.emulator.internal.i18n.PortalTexts;
import org.choral.emulator.internal.state.EmulatorState;
import org.choral.emulator.internal.state.StoredFlux;
import org.choral.emulator.internal.state.StoredInvoice;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The directory side: the four {@code structures} calls, the supplier structures of the technical
 * account, and the directory download. Ids ({@code idStructureCPP}, {@code idService}) are given on
 * first sight and kept in the state, so they are stable across restarts.
 */
public final class StructureEndpoints {

    /** Technical-account passwords expire every 424 days. */
    private static final long PASSWORD_DAYS = 424;

    private final EmulatorState state;
    private final EmulatorDirectory directory;
    private final List<String> suppliers;
    private final int pageSize;
    private final ObjectMapper json = new ObjectMapper();

    public StructureEndpoints(EmulatorState state, EmulatorDirectory directory, List<String> suppliers, int pageSize) {
        this.state = state;
        this.directory = directory;
        this.suppliers = suppliers;
        this.pageSize = pageSize;
    }

    public ObjectNode search(JsonNode body) throws ApiError {
        Paging page = Paging.of(body.path("parametres"), pageSize); //$NON-NLS-1$
        JsonNode criteria = body.path("structure"); //$NON-NLS-1$
        String id = InvoiceEndpoints.text(criteria, "identifiantStructure"); //$NON-NLS-1$
        String type = InvoiceEndpoints.text(criteria, "typeIdentifiantStructure"); //$NON-NLS-1$
        String name = InvoiceEndpoints.text(criteria, "libelleStructure"); //$NON-NLS-1$
        List<Structure> found = new ArrayList<>();
        if (type == null || "SIRET".equals(type)) { //$NON-NLS-1$
            if (id != null) {
                directory.get(id).ifPresent(found::add);
            } else {
                for (Structure s : directory.all()) {
                    if (name == null || s.name().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                        found.add(s);
                    }
                }
            }
        }
        String order = InvoiceEndpoints.text(body.path("parametres"), "triSens"); //$NON-NLS-1$ //$NON-NLS-2$
        if (order != null && order.toLowerCase(Locale.ROOT).startsWith("desc")) { //$NON-NLS-1$
            Collections.reverse(found);
        }
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("listeStructures"); //$NON-NLS-1$
        for (Structure s : page.slice(found)) {
            list.addObject().put("idStructureCPP", state.structureId(s.siret())) //$NON-NLS-1$
                    .put("identifiantStructure", s.siret()) //$NON-NLS-1$
                    .put("designationStructure", s.name()) //$NON-NLS-1$
                    .put("typeIdentifiantStructure", "SIRET") //$NON-NLS-1$ //$NON-NLS-2$
                    .put("statut", s.active() ? "ACTIVE" : "INACTIVE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        page.answer(out, found.size());
        return out;
    }

    public ObjectNode consult(JsonNode body) throws ApiError {
        Structure s = structure(body, "idStructureCPP"); //$NON-NLS-1$
        ObjectNode out = json.createObjectNode();
        out.put("idStructureCPP", state.structureId(s.siret())); //$NON-NLS-1$
        ObjectNode general = out.putObject("informationGenerales"); //$NON-NLS-1$
        general.put("identifiantStructure", s.siret()); //$NON-NLS-1$
        general.put("typeIdentifiantStructure", "SIRET"); //$NON-NLS-1$ //$NON-NLS-2$
        general.put("libelleStructure", s.name()); //$NON-NLS-1$
        general.put("raisonSociale", s.name()); //$NON-NLS-1$
        general.put("statut", s.active() ? "ACTIVE" : "INACTIVE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        general.put("dateExpirationMotPasseCompteTech", //$NON-NLS-1$
                Dates.date(state.clock().now().plus(PASSWORD_DAYS, ChronoUnit.DAYS)));
        ObjectNode params = out.putObject("parametres"); //$NON-NLS-1$
        params.put("codeServiceDoitEtreRenseigne", s.serviceRequired()); //$NON-NLS-1$
        params.put("numeroEJDoitEtreRenseigne", s.engagementRequired()); //$NON-NLS-1$
        params.put("gestionNumeroEJOuCodeService", s.serviceOrEngagementRequired()); //$NON-NLS-1$
        params.put("statutMiseEnPaiementNestPasRemonte", !s.paymentStatusManaged()); //$NON-NLS-1$
        ObjectNode address = out.putObject("adressePostale"); //$NON-NLS-1$
        address.put("adresse", s.address()); //$NON-NLS-1$
        address.put("codePostal", s.postalCode()); //$NON-NLS-1$
        address.put("ville", s.town()); //$NON-NLS-1$
        address.put("codePays", s.countryCode()); //$NON-NLS-1$
        return out;
    }

    public ObjectNode services(JsonNode body) throws ApiError {
        Structure s = structure(body, "idStructure"); //$NON-NLS-1$
        Paging page = Paging.of(body.path("parametresRechercherServicesStructure"), pageSize); //$NON-NLS-1$
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("listeServices"); //$NON-NLS-1$
        for (Service v : page.slice(s.services())) {
            list.addObject().put("idService", state.serviceId(s.siret(), v.code())) //$NON-NLS-1$
                    .put("codeService", v.code()) //$NON-NLS-1$
                    .put("libelleService", v.name()) //$NON-NLS-1$
                    .put("estActif", v.active()) //$NON-NLS-1$
                    .putNull("dateDbtService") //$NON-NLS-1$
                    .putNull("dateFinService"); //$NON-NLS-1$
        }
        page.answer(out, s.services().size());
        return out;
    }

    public ObjectNode service(JsonNode body) throws ApiError {
        Structure s = structure(body, "idStructure"); //$NON-NLS-1$
        JsonNode id = body.get("idService"); //$NON-NLS-1$
        if (id == null || !id.canConvertToLong()) {
            throw ApiError.badRequest(Codes.MISSING_FIELD, NLS.bind(PortalTexts.Api_missingField, "idService")); //$NON-NLS-1$
        }
        String key = state.serviceKey(id.asLong()).orElse(""); //$NON-NLS-1$
        Service v = key.startsWith(s.siret() + '/') ? s.service(key.substring(s.siret().length() + 1)) : null;
        if (v == null) {
            throw ApiError.badRequest(Codes.NOT_FOUND, NLS.bind(PortalTexts.Api_serviceUnknown, id.asText()));
        }
        ObjectNode out = json.createObjectNode();
        out.put("idStructure", state.structureId(s.siret())); //$NON-NLS-1$
        out.put("idService", id.asLong()); //$NON-NLS-1$
        ObjectNode general = out.putObject("informationsGenerales"); //$NON-NLS-1$
        general.put("codeService", v.code()); //$NON-NLS-1$
        general.put("libelleService", v.name()); //$NON-NLS-1$
        general.put("estActif", v.active()); //$NON-NLS-1$
        out.putObject("parametres").put("numeroEngagement", v.engagementRequired()); //$NON-NLS-1$ //$NON-NLS-2$
        return out;
    }

    /** The configured supplier structures, or else every supplier SIRET seen in a deposit. */
    public ObjectNode activeSuppliers(JsonNode body) {
        Set<String> sirets = new LinkedHashSet<>(suppliers);
        if (sirets.isEmpty()) {
            for (StoredFlux f : state.fluxes()) {
                for (StoredInvoice i : f.invoices()) {
                    if (i.supplier() != null && Siret.isValid(i.supplier())) {
                        sirets.add(i.supplier());
                    }
                }
            }
        }
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("listeStructures"); //$NON-NLS-1$
        for (String siret : sirets) {
            Optional<Structure> s = directory.get(siret);
            list.addObject().put("idStructureCPP", state.structureId(siret)) //$NON-NLS-1$
                    .put("identifiantStructure", siret) //$NON-NLS-1$
                    .put("designationStructure", s.map(Structure::name).orElse(siret)); //$NON-NLS-1$
        }
        return out;
    }

    public ObjectNode download(JsonNode body) {
        ObjectNode out = json.createObjectNode();
        out.put("fichierResultat", Base64.getEncoder().encodeToString(DirectoryExport.zip(directory.all()))); //$NON-NLS-1$
        return out;
    }

    private Structure structure(JsonNode body, String field) throws ApiError {
        JsonNode id = body.get(field);
        if (id == null || !id.canConvertToLong()) {
            throw ApiError.badRequest(Codes.MISSING_FIELD, NLS.bind(PortalTexts.Api_missingField, field));
        }
        return state.siretOf(id.asLong()).flatMap(directory::get)
                .orElseThrow(() -> ApiError.badRequest(Codes.NOT_FOUND, NLS.bind(PortalTexts.Api_structureUnknown, id.asText())));
    }

}
