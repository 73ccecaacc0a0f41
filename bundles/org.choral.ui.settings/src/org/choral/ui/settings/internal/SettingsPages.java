// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.choral.ui.settings.SettingsPage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Every {@link SettingsPage} registered, as a service the handler receives from the e4 context
 * (which falls back to the OSGi registry): bundles may come and go while the workbench runs.
 */
@Component(service = SettingsPages.class)
public class SettingsPages {

    private final List<SettingsPage> pages = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(SettingsPage page) {
        pages.add(page);
    }

    void remove(SettingsPage page) {
        pages.remove(page);
    }

    /** The pages in the order the dialog shows them: by rank, then id. */
    public List<SettingsPage> ordered() {
        List<SettingsPage> copy = new ArrayList<>(pages);
        copy.sort(Comparator.comparingInt(SettingsPage::rank).thenComparing(SettingsPage::id));
        return copy;
    }
}
