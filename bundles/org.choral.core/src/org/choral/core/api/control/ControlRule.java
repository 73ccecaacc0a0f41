// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.control;

import java.util.function.Consumer;

/**
 * One rule of the control. Rules are OSGi services: the control applies every registered rule, so
 * a portal plugin adds its own by registering one (e.g. {@code ALREADY_DEPOSITED}). A rule is
 * stateless and thread-safe: the control may run it on several invoices at once.
 *
 * @since 0.1
 */
public interface ControlRule {

    /**
     * Checks one invoice and reports what is wrong.
     *
     * @param subject the invoice with its directory facts
     * @param anomalies receives the anomalies found (none when the invoice passes)
     */
    void check(ControlSubject subject, Consumer<Anomaly> anomalies);
}
