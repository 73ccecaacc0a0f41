// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

/**
 * Where a deposited flux stands, whatever the portal calls it. Only {@link #INTEGRATED} and
 * {@link #PARTIAL} put invoices on the portal; {@link #INCIDENT} asks to resend the whole flux.
 *
 * @since 0.1
 */
public enum FluxState {
    /** Received, integration not finished ({@code IN_RECU}, {@code IN_EN_COURS_TRAITEMENT_CPP}…). */
    PENDING(false),
    /** Every invoice integrated ({@code IN_INTEGRE}). */
    INTEGRATED(true),
    /** Some invoices rejected (named in the report), the others integrated ({@code IN_INTEGRE_PARTIEL}). */
    PARTIAL(true),
    /** The whole flux rejected ({@code IN_REJETE}). */
    REJECTED(true),
    /** A technical incident on the portal: resend the whole flux ({@code IN_INCIDENTE}). */
    INCIDENT(true),
    /** A state this version does not know; shown as the portal named it. */
    UNKNOWN(false);

    private final boolean terminal;

    FluxState(boolean terminal) {
        this.terminal = terminal;
    }

    /** Whether the state will not change any more. */
    public boolean isTerminal() {
        return terminal;
    }
}
