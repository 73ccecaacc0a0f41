// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory;

/**
 * How other bundles (and tests) talk to the directory view without depending on its classes: the
 * part's element id, the event topics it listens to and posts, and the keys it reads from the
 * application's {@code IEclipseContext}.
 *
 * @since 0.1
 */
public final class DirectoryView {

    /** Element id of the part « Annuaire Chorus Pro » in {@code org.choral.ui.partstack.main}. */
    public static final String PART_ID = "org.choral.ui.directory.part"; //$NON-NLS-1$

    /**
     * Post (or send) on this topic, with a SIRET as the event's data (a {@code String}, as written on
     * the invoice: spaces, dots and dashes are accepted), to open the view on that structure. The
     * invoice-control view posts it when the user double-clicks a SIRET. The same topic as
     * {@link org.choral.ui.DirectoryTopics#SHOW}, which parts use to avoid depending on this bundle.
     */
    public static final String TOPIC_SHOW = org.choral.ui.DirectoryTopics.SHOW;

    /**
     * Posted after an import committed a new directory; the event's data is the
     * {@link org.choral.core.api.directory.ImportReport}. Views holding directory data refresh.
     */
    public static final String TOPIC_CHANGED = "org/choral/ui/directory/changed"; //$NON-NLS-1$

    /**
     * Application-context key of the data folder (a {@link java.nio.file.Path}) the view and the
     * import use; when unset, {@link org.choral.core.api.DataFolders#defaultFolder()}.
     */
    public static final String DATA_FOLDER = "org.choral.ui.directory.dataFolder"; //$NON-NLS-1$

    /**
     * Application-context key of the {@link DirectoryFileChooser} « Importer l'annuaire… » asks for
     * the files; when unset, the native file dialog.
     */
    public static final String FILE_CHOOSER = "org.choral.ui.directory.fileChooser"; //$NON-NLS-1$

    /**
     * Application-context key of the {@link java.time.Clock} the view tells the directory's age
     * with (« Importé il y a … », the warning past 31 days); when unset, the system clock. Tests set
     * one to see a directory grow old.
     */
    public static final String CLOCK = "org.choral.ui.directory.clock"; //$NON-NLS-1$

    /**
     * Application-context key of « Uniquement services actifs » (a {@code Boolean}), shared by the
     * view's check box and the toolbar's toggle.
     */
    public static final String ACTIVE_ONLY = "org.choral.ui.directory.activeOnly"; //$NON-NLS-1$

    private DirectoryView() {
    }
}
