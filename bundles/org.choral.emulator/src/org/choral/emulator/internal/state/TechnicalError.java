// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.state;

/** An entry of {@code listeErreurTechnique}: what made the whole flux unreadable. */
public record TechnicalError(String codeErreur, String libelleErreur, String natureErreur) {
}
