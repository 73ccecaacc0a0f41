// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.choral.core.api.Siret;
import org.choral.emulator.EmulatorConfig;
import org.choral.emulator.internal.check.FluxJudge;
import org.choral.emulator.internal.check.Judgement;
import org.choral.emulator.internal.check.Syntax;
import org.choral.emulator.internal.i18n.PortalTexts;
import org.choral.emulator.internal.state.EmulatorState;
import org.choral.emulator.internal.state.Lifecycle;
import org.choral.emulator.internal.state.StoredFlux;
import org.choral.emulator.internal.state.StoredInvoice;
import org.choral.emulator.internal.state.TechnicalError;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code deposer/flux}, {@code consulterCR} and {@code consulterCRDetaille}. */
public final class FluxEndpoints {

    private final EmulatorState state;
    private final FluxJudge judge;
    private final Lifecycle lifecycle;
    private final EmulatorConfig config;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger pendingIncidents = new AtomicInteger();

    public FluxEndpoints(EmulatorState state, FluxJudge judge, Lifecycle lifecycle, EmulatorConfig config) {
        this.state = state;
        this.judge = judge;
        this.lifecycle = lifecycle;
        this.config = config;
    }

    /** Makes the next deposit end {@code IN_INCIDENTE}. */
    public void incidentOnNextDeposit() {
        pendingIncidents.incrementAndGet();
    }

    public ObjectNode deposit(JsonNode body) throws ApiError {
        String file = required(body, "fichierFlux"); //$NON-NLS-1$
        String name = required(body, "nomFichier"); //$NON-NLS-1$
        String syntaxName = required(body, "syntaxeFlux"); //$NON-NLS-1$
        Syntax syntax = Syntax.of(syntaxName).orElseThrow(() -> ApiError.badRequest(Codes.BAD_VALUE,
                NLS.bind(PortalTexts.Api_badSyntax, syntaxName, List.of(Syntax.values()))));
        if (file.length() > config.maxFluxBytes()) {
            throw new ApiError(413, Codes.TOO_LARGE, NLS.bind(PortalTexts.Api_tooLarge, config.maxFluxBytes()));
        }
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(file);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(Codes.BAD_VALUE, NLS.bind(PortalTexts.Api_badBase64, e.getMessage()));
        }
        if (content.length == 0) {
            throw ApiError.badRequest(Codes.BAD_VALUE, PortalTexts.Api_emptyFlux);
        }
        Judgement verdict = judge.judge(name, syntax, content);
        boolean incident = pendingIncidents.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        Instant now = state.clock().now();
        StoredFlux flux = state.deposit(number -> new StoredFlux(number, name, syntax.name(), now.toEpochMilli(),
                incident, verdict.technicalErrors(), invoices(number, verdict)));
        ObjectNode out = json.createObjectNode();
        out.put("numeroFluxDepot", flux.number()); //$NON-NLS-1$
        out.put("dateDepot", Dates.date(now)); //$NON-NLS-1$
        out.put("syntaxeFlux", syntax.name()); //$NON-NLS-1$
        return out;
    }

    private List<StoredInvoice> invoices(String fluxNumber, Judgement verdict) {
        List<StoredInvoice> out = new ArrayList<>();
        for (Judgement.Judged j : verdict.invoices()) {
            var f = j.facts();
            String supplier = Optional.ofNullable(Siret.normalize(f.supplier())).orElse(f.supplier());
            String recipient = Optional.ofNullable(Siret.normalize(f.recipient())).orElse(f.recipient());
            String outcome = Lifecycle.PAID;
            String reason = null;
            long id = 0;
            if (j.errors().isEmpty()) {
                id = state.newId();
                double r = new SplittableRandom(config.seed() * 31 + (fluxNumber + '/' + f.number()).hashCode())
                        .nextDouble();
                if (r < config.shareSuspended()) {
                    outcome = Lifecycle.SUSPENDED;
                    reason = PortalTexts.Outcome_suspended;
                } else if (r < config.shareSuspended() + config.shareRejected()) {
                    outcome = Lifecycle.REJECTED;
                    reason = PortalTexts.Outcome_rejected;
                } else if (r < config.shareSuspended() + config.shareRejected() + config.shareRecycled()) {
                    outcome = Lifecycle.RECYCLE;
                    reason = PortalTexts.Outcome_recycled;
                }
            }
            out.add(new StoredInvoice(id, f.number(), f.type(), supplier, recipient, f.service(), f.engagement(),
                    f.amount(), j.errors(), outcome, reason));
        }
        return out;
    }

    public ObjectNode report(JsonNode body) throws ApiError {
        StoredFlux flux = flux(body);
        Instant now = state.clock().now();
        Lifecycle.Step step = lifecycle.flux(flux, now);
        ObjectNode out = json.createObjectNode();
        out.put("numeroFluxDepot", flux.number()); //$NON-NLS-1$
        out.put("nomFichierFlux", flux.fileName()); //$NON-NLS-1$
        out.put("dateDepotFlux", Dates.date(Instant.ofEpochMilli(flux.depositedAt()))); //$NON-NLS-1$
        out.put("dateHeureEtatCourantFlux", Dates.dateTime(step.since())); //$NON-NLS-1$
        out.put("etatCourantFlux", step.state()); //$NON-NLS-1$
        out.put("fichierCR", Base64.getEncoder().encodeToString(pdf(flux, step, now))); //$NON-NLS-1$
        return out;
    }

    public ObjectNode detailedReport(JsonNode body) throws ApiError {
        StoredFlux flux = flux(body);
        Instant now = state.clock().now();
        Lifecycle.Step step = lifecycle.flux(flux, now);
        boolean done = lifecycle.isFinal(flux, now);
        ObjectNode out = json.createObjectNode();
        out.put("numeroFluxDepot", flux.number()); //$NON-NLS-1$
        out.put("etatCourantDepotFlux", step.state()); //$NON-NLS-1$
        out.put("dateDepotFlux", Dates.date(Instant.ofEpochMilli(flux.depositedAt()))); //$NON-NLS-1$
        out.put("dateHeureEtatCourantFlux", Dates.dateTime(step.since())); //$NON-NLS-1$
        out.put("nomFichier", flux.fileName()); //$NON-NLS-1$
        ArrayNode dp = out.putArray("listeErreurDP"); //$NON-NLS-1$
        ArrayNode tech = out.putArray("listeErreurTechnique"); //$NON-NLS-1$
        if (done && !flux.incident()) {
            for (StoredInvoice i : flux.invoices()) {
                for (String error : i.errors()) {
                    dp.addObject().put("identifiantFournisseur", i.supplier()) //$NON-NLS-1$
                            .put("identifiantDestinataire", i.recipient()) //$NON-NLS-1$
                            .put("numeroDP", i.number()) //$NON-NLS-1$
                            .put("libelleErreurDP", error); //$NON-NLS-1$
                }
            }
            for (TechnicalError t : flux.technicalErrors()) {
                tech.addObject().put("codeErreur", t.codeErreur()).put("libelleErreur", t.libelleErreur()) //$NON-NLS-1$ //$NON-NLS-2$
                        .put("natureErreur", t.natureErreur()); //$NON-NLS-1$
            }
        } else if (done) {
            tech.addObject().put("codeErreur", "INCIDENT").put("libelleErreur", PortalTexts.Flux_incident) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .put("natureErreur", "TECHNIQUE"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return out;
    }

    private byte[] pdf(StoredFlux flux, Lifecycle.Step step, Instant now) {
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(PortalTexts.Report_flux, flux.number()));
        lines.add(NLS.bind(PortalTexts.Report_file, flux.fileName()));
        lines.add(NLS.bind(PortalTexts.Report_syntax, flux.syntax()));
        lines.add(NLS.bind(PortalTexts.Report_deposited, Dates.dateTime(Instant.ofEpochMilli(flux.depositedAt()))));
        lines.add(NLS.bind(PortalTexts.Report_state, step.state(), Dates.dateTime(step.since())));
        if (lifecycle.isFinal(flux, now) && flux.incident()) {
            lines.add(""); //$NON-NLS-1$
            lines.add(NLS.bind(PortalTexts.Report_technical, "INCIDENT", PortalTexts.Flux_incident)); //$NON-NLS-1$
        } else if (lifecycle.isFinal(flux, now)) {
            lines.add(""); //$NON-NLS-1$
            for (TechnicalError t : flux.technicalErrors()) {
                lines.add(NLS.bind(PortalTexts.Report_technical, t.codeErreur(), t.libelleErreur()));
            }
            for (StoredInvoice i : flux.invoices()) {
                lines.add(i.accepted() ? NLS.bind(PortalTexts.Report_accepted, i.number(), i.recipient())
                        : NLS.bind(PortalTexts.Report_rejected, new Object[] { i.number(), i.recipient(),
                                String.join(" ; ", i.errors()) })); //$NON-NLS-1$
            }
        }
        return ReportPdf.render(PortalTexts.Report_title, lines);
    }

    private StoredFlux flux(JsonNode body) throws ApiError {
        String number = required(body, "numeroFluxDepot"); //$NON-NLS-1$
        return state.flux(number).orElseThrow(
                () -> ApiError.badRequest(Codes.NOT_FOUND, NLS.bind(PortalTexts.Api_fluxUnknown, number)));
    }

    static String required(JsonNode body, String field) throws ApiError {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw ApiError.badRequest(Codes.MISSING_FIELD, NLS.bind(PortalTexts.Api_missingField, field));
        }
        return v.asText();
    }
}
