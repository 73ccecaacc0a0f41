// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.state;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a flux and its invoices stand at a virtual instant. Nothing runs in the background: every
 * state is derived from the deposit time, the steps and the judgement made at deposit, so answers
 * are deterministic and survive a restart for free.
 */
public final class Lifecycle {

    public static final String IN_RECU = "IN_RECU"; //$NON-NLS-1$
    public static final String IN_INTEGRE = "IN_INTEGRE"; //$NON-NLS-1$
    public static final String IN_INTEGRE_PARTIEL = "IN_INTEGRE_PARTIEL"; //$NON-NLS-1$
    public static final String IN_REJETE = "IN_REJETE"; //$NON-NLS-1$
    public static final String IN_INCIDENTE = "IN_INCIDENTE"; //$NON-NLS-1$
    private static final List<String> PENDING = List.of(IN_RECU, "IN_TRAITE_SE_CPP", //$NON-NLS-1$
            "IN_EN_ATTENTE_TRAITEMENT_CPP", "IN_EN_COURS_TRAITEMENT_CPP"); //$NON-NLS-1$ //$NON-NLS-2$

    public static final String PAID = "MISE_EN_PAIEMENT"; //$NON-NLS-1$
    public static final String SUSPENDED = "SUSPENDUE"; //$NON-NLS-1$
    public static final String REJECTED = "REJETEE"; //$NON-NLS-1$
    public static final String RECYCLE = "A_RECYCLER"; //$NON-NLS-1$
    private static final String DEPOSEE = "DEPOSEE"; //$NON-NLS-1$
    private static final String ROUTING = "EN_COURS_ACHEMINEMENT"; //$NON-NLS-1$
    private static final String AVAILABLE = "MISE_A_DISPOSITION"; //$NON-NLS-1$

    /** A state and since when. */
    public record Step(String state, Instant since, String reason) {
    }

    private final Duration fluxStep;
    private final Duration invoiceStep;

    public Lifecycle(Duration fluxStep, Duration invoiceStep) {
        this.fluxStep = fluxStep;
        this.invoiceStep = invoiceStep;
    }

    /** The flux's current state. */
    public Step flux(StoredFlux flux, Instant now) {
        Instant deposited = Instant.ofEpochMilli(flux.depositedAt());
        long elapsed = Math.max(0, Duration.between(deposited, now).toMillis());
        long steps = fluxStep.isZero() ? PENDING.size() : elapsed / fluxStep.toMillis();
        if (steps < PENDING.size()) {
            return new Step(PENDING.get((int) steps), deposited.plus(fluxStep.multipliedBy(steps)), null);
        }
        return new Step(finalState(flux), integratedAt(flux), null);
    }

    /** Whether the flux reached its final state. */
    public boolean isFinal(StoredFlux flux, Instant now) {
        return !now.isBefore(integratedAt(flux));
    }

    public Instant integratedAt(StoredFlux flux) {
        return Instant.ofEpochMilli(flux.depositedAt()).plus(fluxStep.multipliedBy(PENDING.size()));
    }

    /** The final state the flux will reach. */
    public static String finalState(StoredFlux flux) {
        if (flux.incident()) {
            return IN_INCIDENTE;
        }
        long accepted = flux.invoices().stream().filter(StoredInvoice::accepted).count();
        if (!flux.technicalErrors().isEmpty() || accepted == 0) {
            return IN_REJETE;
        }
        return accepted == flux.invoices().size() ? IN_INTEGRE : IN_INTEGRE_PARTIEL;
    }

    /** Whether the invoice is visible to searches: accepted, in an integrated flux. */
    public boolean visible(StoredFlux flux, StoredInvoice invoice, Instant now) {
        String state = finalState(flux);
        return invoice.accepted() && isFinal(flux, now)
                && (IN_INTEGRE.equals(state) || IN_INTEGRE_PARTIEL.equals(state));
    }

    /** The invoice's status history up to {@code now}, oldest first (empty when not visible). */
    public List<Step> history(StoredFlux flux, StoredInvoice invoice, Instant now) {
        List<Step> out = new ArrayList<>();
        if (!visible(flux, invoice, now)) {
            return out;
        }
        List<String> path = path(invoice.outcome());
        Instant start = integratedAt(flux);
        for (int i = 0; i < path.size(); i++) {
            Instant at = start.plus(invoiceStep.multipliedBy(i));
            if (at.isAfter(now)) {
                break;
            }
            boolean last = i == path.size() - 1;
            out.add(new Step(path.get(i), at, last ? invoice.outcomeReason() : null));
        }
        return out;
    }

    private static List<String> path(String outcome) {
        if (SUSPENDED.equals(outcome)) {
            return List.of(DEPOSEE, ROUTING, AVAILABLE, SUSPENDED);
        }
        if (REJECTED.equals(outcome)) {
            return List.of(DEPOSEE, ROUTING, AVAILABLE, REJECTED);
        }
        if (RECYCLE.equals(outcome)) {
            return List.of(DEPOSEE, ROUTING, RECYCLE);
        }
        return List.of(DEPOSEE, ROUTING, AVAILABLE, "SERVICE_FAIT", "MANDATEE", PAID); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
