// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.folder.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The folder connector's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.connector.folder.internal.i18n.messages"; //$NON-NLS-1$

    public static String Connector_name;
    public static String Error_noOutbox;
    public static String Error_fluxUnreadable;
    public static String Error_outbox;
    public static String Error_unknownFlux;
    public static String Error_receipt;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
