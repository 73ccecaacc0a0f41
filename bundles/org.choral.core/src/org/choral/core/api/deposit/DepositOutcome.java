// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

/**
 * What became of one invoice in a run (the « Rapport » column).
 *
 * @since 0.1
 */
public enum DepositOutcome {
    DEPOSITED, FAILED, SKIPPED, UNCERTAIN
}
