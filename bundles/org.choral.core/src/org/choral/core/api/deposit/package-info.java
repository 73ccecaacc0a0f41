// SPDX-License-Identifier: EPL-2.0
/**
 * Deposit runs and the deposit history. A {@link org.choral.core.api.deposit.DepositService}
 * deposits generated flux files through a {@link org.choral.core.api.portal.PortalConnector}, lot
 * or one invoice at a time, and tells a {@link org.choral.core.api.deposit.DepositListener} one
 * {@link org.choral.core.api.deposit.DepositRow} per invoice as it goes (the wizard's live table).
 * Everything is written to the {@link org.choral.core.api.deposit.DepositLedger} of the data
 * folder, in transactions: an invoice is {@code SENDING} before the portal call and
 * {@code DEPOSITED} or {@code FAILED} after; a lost answer leaves it {@code UNCERTAIN} until the
 * portal confirms it, so a run can be cancelled or killed at any moment and started again without
 * depositing anything twice. The {@link org.choral.core.api.deposit.FollowUpService} then follows
 * each flux and invoice on the portal until a final state.
 *
 * @since 0.1
 */
package org.choral.core.api.deposit;
