// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

/**
 * Where the deposit of one invoice stands in the ledger.
 *
 * @since 0.1
 */
public enum DepositStatus {
    /** Written before the portal call; still there after a crash, it becomes {@link #UNCERTAIN}. */
    SENDING,
    /** The portal answered with a flux number. */
    DEPOSITED,
    /** The portal refused it or could not be reached: nothing was recorded there, it may be sent again. */
    FAILED,
    /** Sent, but the answer never came: the portal may have it. Looked up before every run, resent only on request. */
    UNCERTAIN
}
