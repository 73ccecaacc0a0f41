// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.parts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.choral.core.api.directory.DirectoryServices;
import org.choral.core.api.directory.DirectoryStatus;
import org.choral.core.api.directory.Structure;
import org.choral.ui.WidgetKeys;
import org.choral.ui.directory.DirectoryView;
import org.choral.ui.directory.internal.ActiveOnly;
import org.choral.ui.directory.internal.Background;
import org.choral.ui.directory.internal.DirectoryAccess;
import org.choral.ui.directory.internal.handlers.UpdateHandler;
import org.choral.ui.directory.internal.portal.OnlineCheckJob;
import org.choral.ui.directory.internal.portal.PortalAccess;
import org.choral.core.api.portal.Capability;
import org.eclipse.core.runtime.jobs.Job;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * « Annuaire Chorus Pro »: the « N° SIRET » field with results as you type, the structure card with
 * its flags, its services, and how old the directory is. Every read of the directory runs off the UI
 * thread ({@link Background}); typing is debounced so a fast typist causes one search, not ten.
 */
public final class DirectoryPart {

    /** Pause after the last key stroke before searching. */
    static final int DEBOUNCE_MS = 200;
    /** Results listed at most; beyond that the user is asked to narrow the search. */
    static final int LIMIT = 200;
    private static final String READ = "directory read"; //$NON-NLS-1$

    @Inject
    private UISynchronize sync;
    @Inject
    private IEclipseContext context;
    @Inject
    private MApplication application;
    @Inject
    private IEventBroker broker;
    @Inject
    private EModelService models;
    @Inject
    @Optional
    @Service
    private DirectoryServices services;

    private Composite root;
    private Text search;
    private Label status;
    private Label stale;
    private Label message;
    private SearchResults results;
    private StructureCard card;
    private ServicesTable servicesTable;
    private OnlinePanel online;
    /** The SIRET the card is about (also one looked up and not found locally), for « Vérifier en ligne ». */
    private String shownSiret;
    private final Runnable debounced = this::searchNow;
    private final EventHandler changed = this::directoryChanged;
    private boolean typing = true;
    private int query;

    @PostConstruct
    public void createControls(Composite parent) {
        root = WidgetKeys.set(new Composite(parent, SWT.NONE), "directory.root"); //$NON-NLS-1$
        GridLayoutFactory.swtDefaults().spacing(6, 4).applyTo(root);
        Composite bar = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.Part_searchLabel);
        search = WidgetKeys.set(new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER),
                "directory.search"); //$NON-NLS-1$
        search.setMessage(Messages.Part_searchHint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        status = label("directory.status"); //$NON-NLS-1$
        stale = label("directory.stale"); //$NON-NLS-1$
        stale.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        message = label("directory.message"); //$NON-NLS-1$
        online = new OnlinePanel(root);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(online.control());
        online.onCheck(this::checkOnline);
        online.onUpdate(this::update);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        results = new SearchResults(sash);
        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(right);
        card = new StructureCard(right);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(card.control());
        servicesTable = new ServicesTable(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(servicesTable.control());
        sash.setWeights(2, 3);
        search.addListener(SWT.Modify, e -> {
            if (typing) {
                search.getDisplay().timerExec(-1, debounced);
                search.getDisplay().timerExec(DEBOUNCE_MS, debounced);
            }
        });
        search.addListener(SWT.DefaultSelection, e -> searchNow());
        results.onSelect(this::showStructure);
        servicesTable.onActiveOnlyToggled(on -> ActiveOnly.set(application, models, on.booleanValue()));
        servicesTable.setActiveOnly(ActiveOnly.get(application));
        broker.subscribe(DirectoryView.TOPIC_CHANGED, changed);
        refreshStatus();
        refreshPortal();
    }

    /** Whether the saved settings name a portal able to check and download: off the UI thread. */
    private void refreshPortal() {
        PortalAccess portal = portal();
        Background.run(READ, () -> List.of(portal.availability(Capability.STRUCTURE_LOOKUP),
                portal.availability(Capability.DIRECTORY_DOWNLOAD)), sync, r -> {
                    if (root.isDisposed()) {
                        return;
                    }
                    if (r.error() != null) {
                        online.setAvailable(false, r.error(), false, r.error());
                    } else {
                        PortalAccess.Availability check = r.value().get(0);
                        PortalAccess.Availability update = r.value().get(1);
                        online.setAvailable(check.available(), check.reason(), update.available(), update.reason());
                    }
                });
    }

    private PortalAccess portal() {
        return new PortalAccess(DirectoryAccess.dataFolder(context));
    }

    /** « Vérifier en ligne » for the SIRET shown. */
    private void checkOnline() {
        refreshPortal();
        if (shownSiret == null) {
            online.show(Messages.Online_noSiret);
            return;
        }
        if (Job.getJobManager().find(OnlineCheckJob.FAMILY).length > 0) {
            return;
        }
        String siret = shownSiret;
        online.show(NLS.bind(Messages.Online_checking, siret));
        root.layout(true, true);
        new OnlineCheckJob(portal(), access(), siret, outcome -> sync.asyncExec(() -> {
            if (root.isDisposed() || !siret.equals(shownSiret)) {
                return;
            }
            if (outcome.cancelled()) {
                online.show(Messages.Online_cancelled);
            } else if (outcome.error() != null) {
                online.show(outcome.error());
            } else {
                online.show(outcome.comparison());
            }
            root.layout(true, true);
        })).schedule();
    }

    /** « Mettre à jour »: the same as the menu's. */
    private void update() {
        refreshPortal();
        Shell shell = root.getShell();
        UpdateHandler.start(shell, access(), portal(), broker, sync);
    }

    private Label label(String id) {
        Label l = WidgetKeys.set(new Label(root, SWT.WRAP), id);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(l);
        return l;
    }

    @Focus
    public void setFocus() {
        search.setFocus();
    }

    @PreDestroy
    public void dispose() {
        broker.unsubscribe(changed);
        if (search != null && !search.isDisposed()) {
            search.getDisplay().timerExec(-1, debounced);
        }
    }

    /** Opens the structure with this SIRET, as typed on an invoice; said so when it is unknown. */
    public void showSiret(String siret) {
        typing = false;
        try {
            search.setText(siret == null ? "" : siret.trim()); //$NON-NLS-1$
        } finally {
            typing = true;
        }
        search.getDisplay().timerExec(-1, debounced);
        searchNow();
    }

    /** « Uniquement services actifs », from the view's check box or the toolbar's toggle. */
    public void showActiveOnly(boolean on) {
        if (servicesTable != null && !root.isDisposed()) {
            servicesTable.setActiveOnly(on);
        }
    }

    /** A new directory was imported: new age, and the shown structure as it now is. */
    private void directoryChanged(Event event) {
        sync.asyncExec(() -> {
            if (root != null && !root.isDisposed()) {
                refreshStatus();
                refreshPortal();
                searchNow();
            }
        });
    }

    /** The clock set under {@link DirectoryView#CLOCK}, else the system's. */
    private Clock clock() {
        return context.get(DirectoryView.CLOCK) instanceof Clock c ? c : Clock.systemUTC();
    }

    private DirectoryAccess access() {
        return new DirectoryAccess(services, DirectoryAccess.dataFolder(context));
    }

    private void refreshStatus() {
        DirectoryAccess access = access();
        Background.run(READ, () -> access.open().status(), sync, r -> {
            if (root.isDisposed()) {
                return;
            }
            if (r.error() != null) {
                status.setText(r.error());
                stale.setText(""); //$NON-NLS-1$
            } else {
                showStatus(r.value());
            }
            root.layout(true, true);
        });
    }

    private void showStatus(java.util.Optional<DirectoryStatus> current) {
        if (current.isEmpty()) {
            status.setText(Messages.Part_noDirectory);
            stale.setText(""); //$NON-NLS-1$
            return;
        }
        DirectoryStatus s = current.get();
        Instant now = clock().instant();
        long days = s.age(now).toDays();
        String date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault())
                .format(s.importedAt());
        status.setText(NLS.bind(Messages.Part_status, new Object[] { s.fileName(), date,
                Integer.valueOf(s.structures()), Integer.valueOf(s.services()) }) + ' '
                + (days == 0 ? Messages.Part_ageToday : NLS.bind(Messages.Part_ageDays, Long.valueOf(days))));
        stale.setText(s.isStale(now) ? NLS.bind(Messages.Part_stale, Long.valueOf(days)) : ""); //$NON-NLS-1$
    }

    /** Runs what is in the field: a SIRET is looked up, anything else searched. */
    private void searchNow() {
        if (search.isDisposed()) {
            return;
        }
        int mine = ++query;
        String text = search.getText().trim();
        if (text.isEmpty()) {
            showSiretOnly(null);
            results.show(List.of());
            message.setText(""); //$NON-NLS-1$
            return;
        }
        message.setText(Messages.Part_searching);
        DirectoryAccess access = access();
        SiretQuery q = SiretQuery.of(text);
        Background.run(READ, () -> q.isSiret() ? access.open().lookup(q.siret()).map(List::of).orElse(List.of())
                : access.open().search(text, LIMIT + 1), sync, r -> {
                    if (mine == query && !root.isDisposed()) {
                        showResults(q, r);
                    }
                });
    }

    private void showResults(SiretQuery q, Background.Result<List<Structure>> r) {
        if (r.error() != null) {
            message.setText(r.error());
            results.show(List.of());
            return;
        }
        List<Structure> found = r.value();
        if (found.isEmpty()) {
            showSiretOnly(q.isSiret() ? q.siret() : null);
            message.setText(q.isSiret() ? NLS.bind(Messages.Part_notFound, q.siret())
                    : q.looksLikeSiret() ? NLS.bind(Messages.Part_invalidSiret, q.text())
                            : NLS.bind(Messages.Part_noResult, q.text()));
            results.show(List.of());
            return;
        }
        if (found.size() > LIMIT) {
            found = found.subList(0, LIMIT);
            message.setText(NLS.bind(Messages.Part_resultsTruncated, Integer.valueOf(LIMIT)));
        } else {
            message.setText(NLS.bind(Messages.Part_resultsCount, Integer.valueOf(found.size())));
        }
        results.show(found);
        if (found.size() == 1 || q.isSiret()) {
            results.select(found.get(0));
        }
    }

    /** Nothing on the card, but a SIRET may still be checked online: the portal may know it. */
    private void showSiretOnly(String siret) {
        if (!java.util.Objects.equals(siret, shownSiret)) {
            online.clear();
        }
        shownSiret = siret;
    }

    private void showStructure(Structure s) {
        if (!s.siret().equals(shownSiret)) {
            online.clear();
        }
        shownSiret = s.siret();
        card.show(s);
        servicesTable.show(s);
    }
}
