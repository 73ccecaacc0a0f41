// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking;

/**
 * How other bundles (the deposit wizard) and tests talk to « Suivi des dépôts » without depending on
 * its classes: the part's element id, the topics it listens to and posts, and the keys it reads from
 * the application's {@code IEclipseContext}.
 *
 * @since 0.1
 */
public final class TrackingView {

    /** Element id of the part « Suivi des dépôts » in {@code org.choral.ui.partstack.main}. */
    public static final String PART_ID = "org.choral.ui.tracking.part"; //$NON-NLS-1$

    /**
     * Post on this topic after a deposit run (any data): the follow-up runs now instead of at its
     * next scheduled time, and the view shows the new invoices.
     */
    public static final String TOPIC_DEPOSITED = "org/choral/ui/tracking/deposited"; //$NON-NLS-1$

    /** Posted after each follow-up pass or reload; the data is the number of invoices needing the user. */
    public static final String TOPIC_UPDATED = "org/choral/ui/tracking/updated"; //$NON-NLS-1$

    /**
     * Application-context key of the data folder (a {@link java.nio.file.Path}) whose deposit history
     * is shown and followed; when unset, {@link org.choral.core.api.DataFolders#defaultFolder()}.
     */
    public static final String DATA_FOLDER = "org.choral.ui.tracking.dataFolder"; //$NON-NLS-1$

    /**
     * Application-context key of a {@code java.util.function.Function<String, java.nio.file.Path>}
     * that asks for the flux file to send again (given its recorded file name); when unset, the
     * native file dialog. Tests set it.
     */
    public static final String FILE_CHOOSER = "org.choral.ui.tracking.fileChooser"; //$NON-NLS-1$

    /**
     * Application-context key of a {@code java.util.function.Function<String, java.nio.file.Path>}
     * that asks where to save the proof of an invoice (given the suggested zip name; {@code null}
     * cancels); when unset, the native save dialog. Tests set it.
     */
    public static final String PROOF_CHOOSER = "org.choral.ui.tracking.proofChooser"; //$NON-NLS-1$

    private TrackingView() {
    }
}
