// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The core bundle's user-facing texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.core.internal.i18n.messages"; //$NON-NLS-1$

    public static String Arguments_unknownOption;
    public static String Arguments_missingValue;
    public static String Arguments_requiredOption;
    public static String Arguments_notANumber;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
