// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

/**
 * The estimate shown before generating: what a lot would weigh once encoded in base64 for the
 * deposit, and whether it goes over the thresholds.
 *
 * @param invoiceCount invoices to generate
 * @param base64Bytes the estimated base64 payload of all of them
 * @param overThresholds whether one lot holding them all would exceed a threshold
 * @param lots how many lots a split would make (1 when under the thresholds)
 * @since 0.1
 */
public record FluxEstimate(int invoiceCount, long base64Bytes, boolean overThresholds, int lots) {
}
