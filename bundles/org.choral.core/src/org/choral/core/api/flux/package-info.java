// SPDX-License-Identifier: EPL-2.0
/**
 * Flux generation: the {@link org.choral.core.api.flux.FluxFormat} services that write one invoice
 * in a syntax Chorus Pro accepts ({@code syntaxeFlux}), and the
 * {@link org.choral.core.api.flux.FluxService} that packages them as lots or one file per invoice.
 * The wizard and the {@code choral flux} verb are two faces on these services.
 *
 * @since 0.1
 */
package org.choral.core.api.flux;
