// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.xml;

/**
 * The billing framework (« cadre de facturation ») from BT-23, the business process: Chorus Pro
 * clients write {@code A1}, {@code A9}… there. Any other value (a Peppol process URN) says nothing
 * about the framework: the default {@code A1} applies. The control judges the code itself.
 */
final class Frameworks {

    private Frameworks() {
    }

    static String of(String businessProcess) {
        return businessProcess != null && businessProcess.matches("[A-Z]\\d{1,2}") ? businessProcess : null; //$NON-NLS-1$
    }
}
