// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

/**
 * Where the billing framework ({@code A1}, {@code A2}, {@code A9}, {@code A12}) is written: it is
 * not confirmed whether Chorus Pro reads it from the business process type (BT-23) or from the
 * specification identifier (BT-24), so both are possible. BT-23 keeps BT-24 for the EN 16931
 * identifier that validators expect.
 *
 * @since 0.1
 */
public enum FrameworkPlacement {
    /** Business process type: UBL {@code cbc:ProfileID}, CII {@code BusinessProcessSpecifiedDocumentContextParameter}. */
    BT_23,
    /** Specification identifier: UBL {@code cbc:CustomizationID}, CII {@code GuidelineSpecifiedDocumentContextParameter}. */
    BT_24
}
