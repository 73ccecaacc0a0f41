// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

import java.util.List;

/**
 * Settings could not be read or saved: invalid values (see {@link #problems()}), secure storage
 * unavailable, preferences not writable. The message says what happened and what to do.
 *
 * @since 0.1
 */
public class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public SettingsException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The invalid fields when the values were refused; empty for a storage failure. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
