// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

/**
 * What is wrong with one field of the settings, in words the user can act on (French or English
 * after the platform's language).
 *
 * @param field the field name, one of the constants of {@link CompanySettings} or {@link ChorusSettings}
 * @since 0.1
 */
public record FieldProblem(String field, String message) {
}
