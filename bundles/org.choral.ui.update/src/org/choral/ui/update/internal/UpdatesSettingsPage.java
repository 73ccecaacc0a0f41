// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.update.internal;

import org.choral.ui.WidgetKeys;
import org.choral.ui.update.internal.i18n.Messages;
import org.choral.update.api.UpdateException;
import org.choral.update.api.UpdateSites;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;

/**
 * « Mises à jour » in « Paramétrage »: the update site's address, checked as typed with the same
 * rule as {@code choral update --site} (http, https, file or jar URL), saved as the instance
 * preference {@code org.choral.update/siteUrl}. Empty: the project's site.
 */
public class UpdatesSettingsPage extends PreferencePage {

    private final IEclipsePreferences preferences;
    private Text siteUrl;
    private Label error;

    public UpdatesSettingsPage() {
        this(InstanceScope.INSTANCE.getNode(UpdateSites.PREFERENCE_NODE));
    }

    UpdatesSettingsPage(IEclipsePreferences preferences) {
        super(Messages.Settings_title);
        this.preferences = preferences;
        setDescription(NLS.bind(Messages.Settings_description, UpdateSites.DEFAULT_SITE));
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 2).applyTo(body);
        Label label = new Label(body, SWT.NONE);
        label.setText(Messages.Settings_siteUrl);
        siteUrl = WidgetKeys.set(new Text(body, SWT.BORDER | SWT.SINGLE), "updates.siteUrl"); //$NON-NLS-1$
        siteUrl.setMessage(UpdateSites.DEFAULT_SITE);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(siteUrl);
        new Label(body, SWT.NONE);
        error = WidgetKeys.set(new Label(body, SWT.WRAP), "updates.siteUrl.error"); //$NON-NLS-1$
        error.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(error);
        siteUrl.setText(preferences.get(UpdateSites.PREFERENCE_SITE_URL, "")); //$NON-NLS-1$
        siteUrl.addModifyListener(e -> validate());
        validate();
        return body;
    }

    /** The refusal of the typed address, or {@code null} when it is accepted (empty: the project's site). */
    static String problem(String typed) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            UpdateSites.parse(typed);
            return null;
        } catch (UpdateException e) {
            return e.getMessage();
        }
    }

    private void validate() {
        String problem = problem(siteUrl.getText());
        error.setText(problem == null ? "" : problem); //$NON-NLS-1$
        error.setVisible(problem != null);
        setErrorMessage(problem);
        setValid(problem == null);
        error.getParent().layout(true, true);
    }

    @Override
    public boolean okToLeave() {
        return true; // as the other pages: OK stays disabled while the address is refused
    }

    @Override
    public boolean performOk() {
        if (siteUrl == null) {
            return true; // never shown: nothing to save
        }
        String typed = siteUrl.getText().strip();
        if (typed.isEmpty()) {
            preferences.remove(UpdateSites.PREFERENCE_SITE_URL);
        } else {
            preferences.put(UpdateSites.PREFERENCE_SITE_URL, typed);
        }
        try {
            preferences.flush();
            return true;
        } catch (BackingStoreException e) {
            setErrorMessage(NLS.bind(Messages.Settings_saveFailed, e.getMessage()));
            return false;
        }
    }
}
