// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.choral.emulator.internal.i18n.PortalTexts;
import org.choral.emulator.internal.state.EmulatorState;
import org.choral.emulator.internal.state.Lifecycle;
import org.choral.emulator.internal.state.StoredFlux;
import org.choral.emulator.internal.state.StoredInvoice;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code rechercher/fournisseur} and {@code consulter/historique}. An invoice shows up only once its
 * flux is integrated (as on Chorus Pro: « not found » right after a deposit is not « not deposited »).
 */
public final class InvoiceEndpoints {

    private record Found(StoredFlux flux, StoredInvoice invoice, List<Lifecycle.Step> history) {
        String status() {
            return history.get(history.size() - 1).state();
        }
    }

    private final EmulatorState state;
    private final Lifecycle lifecycle;
    private final int pageSize;
    private final ObjectMapper json = new ObjectMapper();

    public InvoiceEndpoints(EmulatorState state, Lifecycle lifecycle, int pageSize) {
        this.state = state;
        this.lifecycle = lifecycle;
        this.pageSize = pageSize;
    }

    public ObjectNode search(JsonNode body) throws ApiError {
        JsonNode paging = body.path("rechercheFactureParFournisseur"); //$NON-NLS-1$
        Paging page = Paging.of(paging, pageSize);
        String flux = text(body, "numeroFluxDepot"); //$NON-NLS-1$
        String number = text(body, "numeroFacture"); //$NON-NLS-1$
        String status = text(body, "statut"); //$NON-NLS-1$
        List<Found> all = new ArrayList<>();
        for (Found f : visible()) {
            if ((flux == null || flux.equals(f.flux().number())) && (number == null || number.equals(f.invoice().number()))
                    && (status == null || status.equals(f.status()))) {
                all.add(f);
            }
        }
        all.sort(order(text(paging, "triColonne"), text(paging, "triSens"))); //$NON-NLS-1$ //$NON-NLS-2$
        ObjectNode out = json.createObjectNode();
        ArrayNode list = out.putArray("listeFactures"); //$NON-NLS-1$
        for (Found f : page.slice(all)) {
            StoredInvoice i = f.invoice();
            list.addObject().put("identifiantFactureCPP", i.id()) //$NON-NLS-1$
                    .put("numeroFacture", i.number()) //$NON-NLS-1$
                    .put("numeroFluxDepot", f.flux().number()) //$NON-NLS-1$
                    .put("statut", f.status()) //$NON-NLS-1$
                    .put("dateDepot", Dates.date(Instant.ofEpochMilli(f.flux().depositedAt()))) //$NON-NLS-1$
                    .put("typeFacture", i.type()) //$NON-NLS-1$
                    .put("identifiantFournisseur", i.supplier()) //$NON-NLS-1$
                    .put("identifiantDestinataire", i.recipient()) //$NON-NLS-1$
                    .put("codeServiceDestinataire", i.service()) //$NON-NLS-1$
                    .put("numeroEngagement", i.engagement()) //$NON-NLS-1$
                    .put("montantTTC", i.amount()); //$NON-NLS-1$
        }
        page.answer(out, all.size());
        return out;
    }

    public ObjectNode history(JsonNode body) throws ApiError {
        JsonNode id = body.get("idFacture"); //$NON-NLS-1$
        if (id == null || !id.canConvertToLong()) {
            throw ApiError.badRequest(Codes.MISSING_FIELD, NLS.bind(PortalTexts.Api_missingField, "idFacture")); //$NON-NLS-1$
        }
        Found found = visible().stream().filter(f -> f.invoice().id() == id.asLong()).findFirst()
                .orElseThrow(() -> ApiError.badRequest(Codes.NOT_FOUND, NLS.bind(PortalTexts.Api_invoiceUnknown, id.asText())));
        ObjectNode out = json.createObjectNode();
        out.put("idFacture", found.invoice().id()); //$NON-NLS-1$
        out.put("numeroFacture", found.invoice().number()); //$NON-NLS-1$
        out.put("statutCourant", found.status()); //$NON-NLS-1$
        ArrayNode list = out.putArray("historiquesDesStatuts"); //$NON-NLS-1$
        for (Lifecycle.Step s : found.history()) {
            list.addObject().put("statut", s.state()).put("dateHeureChangement", Dates.dateTime(s.since())) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("motif", s.reason()); //$NON-NLS-1$
        }
        return out;
    }

    private List<Found> visible() {
        Instant now = state.clock().now();
        List<Found> out = new ArrayList<>();
        for (StoredFlux f : state.fluxes()) {
            for (StoredInvoice i : f.invoices()) {
                List<Lifecycle.Step> history = lifecycle.history(f, i, now);
                if (!history.isEmpty()) {
                    out.add(new Found(f, i, history));
                }
            }
        }
        return out;
    }

    private static Comparator<Found> order(String column, String direction) {
        Comparator<Found> c;
        String col = column == null ? "" : column.toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (col.contains("numerofacture")) { //$NON-NLS-1$
            c = Comparator.comparing(f -> f.invoice().number(), Comparator.nullsFirst(Comparator.naturalOrder()));
        } else if (col.contains("date")) { //$NON-NLS-1$
            c = Comparator.comparingLong(f -> f.flux().depositedAt());
        } else if (col.contains("statut")) { //$NON-NLS-1$
            c = Comparator.comparing(Found::status);
        } else {
            c = Comparator.comparingLong(f -> f.invoice().id());
        }
        return direction != null && direction.toLowerCase(Locale.ROOT).startsWith("desc") ? c.reversed() : c; //$NON-NLS-1$
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }
}
