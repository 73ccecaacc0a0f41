// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal.pages;

import java.util.List;

import org.choral.settings.api.FieldProblem;
import org.choral.settings.api.SettingsException;
import org.choral.settings.api.SettingsService;
import org.eclipse.jface.preference.PreferencePage;

/**
 * A page of « Paramétrage » that edits one kind of settings in a {@link Form}: checked as typed (the
 * first problem in the page's message, each next to its field, OK disabled while any remains) and
 * saved by OK.
 *
 * @param <T> the settings the page edits
 */
abstract class SettingsFormPage<T> extends PreferencePage {

    protected final SettingsService service;
    /** Created by the subclass's {@code createContents}; {@code null} while the page was never shown. */
    protected Form form;

    SettingsFormPage(String title, SettingsService service) {
        super(title);
        this.service = service;
    }

    /** The settings as typed now. */
    abstract T current();

    /** What is wrong with what is typed, field by field. */
    abstract List<FieldProblem> problems();

    /** Saves {@code settings} through {@link #service}. */
    abstract void save(T settings) throws SettingsException;

    protected final void validate() {
        List<FieldProblem> problems = problems();
        form.show(problems);
        setErrorMessage(problems.isEmpty() ? null : problems.get(0).message());
        setValid(problems.isEmpty());
    }

    /** The user may go to another page with a value still refused; OK stays disabled (see SettingsDialog). */
    @Override
    public boolean okToLeave() {
        return true;
    }

    @Override
    public boolean performOk() {
        if (form == null) {
            return true; // never shown: nothing to save
        }
        try {
            save(current());
            return true;
        } catch (SettingsException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }
}
