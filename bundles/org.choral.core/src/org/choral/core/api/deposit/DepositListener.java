// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

/**
 * Receives the rows of a run as they are decided, on the run's thread (a UI hands them to its own
 * thread). Also receives the rows of the look-up of uncertain invoices done before the run.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface DepositListener {

    void row(DepositRow row);

    /** Ignores every row. */
    DepositListener NONE = row -> {
        // nothing to show
    };
}
