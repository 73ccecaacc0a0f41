// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.deposit;

/**
 * What the follow-up found that needs the user.
 *
 * @since 0.1
 */
public enum ActionFlag {
    /** The flux was integrated partly or rejected and this invoice is named in its errors: correct it, deposit again. */
    REJECTED_IN_FLUX,
    /** The flux ended {@code IN_INCIDENTE}: resend the whole flux. */
    RESEND_FLUX,
    /** The recipient rejected the invoice ({@code REJETEE}): correct it, deposit again. */
    REJECTED,
    /** The recipient suspended it ({@code SUSPENDUE}): complete it on the portal. */
    SUSPENDED,
    /** To recycle ({@code A_RECYCLER}): wrong recipient or service, deposit it again corrected. */
    TO_RECYCLE
}
