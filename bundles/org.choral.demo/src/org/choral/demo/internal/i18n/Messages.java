// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The demo's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.demo.internal.i18n.messages"; //$NON-NLS-1$

    public static String Demo_task;
    public static String Demo_files;
    public static String Demo_directory;
    public static String Demo_settings;
    public static String Reset_notDemo;
    public static String Reset_changed;
    public static String Reset_workbenchOpen;
    public static String Reset_emulatorRunning;
    public static String Demo_writeFailed;
    public static String Demo_importFailed;
    public static String Pdf_title;
    public static String Pdf_client;
    public static String Pdf_date;
    public static String Pdf_service;
    public static String Pdf_engagement;
    public static String Pdf_amounts;
    public static String Pdf_footer;
    public static String Verb_summary;
    public static String Verb_usage;
    public static String Verb_unexpected;
    public static String Verb_elsewhere;
    public static String Verb_created;
    public static String Verb_already;
    public static String Verb_directory;
    public static String Verb_export;
    public static String Verb_pdf;
    public static String Verb_supplier;
    public static String Verb_emulator;
    public static String Verb_next;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
