// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

/**
 * Reads and saves Choral's settings. Plain values go to the instance-scope preferences of
 * {@code org.choral.settings}; secrets (PISTE client secret, technical-account password, proxy
 * password) go to Equinox secure storage only, never to a preference file, a log or a report.
 * A DS service; the workbench and the command line use the same one.
 *
 * @since 0.1
 */
public interface SettingsService {

    /** The supplier company as saved, or {@link CompanySettings#empty()} before the first save. */
    CompanySettings company();

    /** The Chorus Pro access as saved, secrets read back from secure storage. */
    ChorusSettings chorus() throws SettingsException;

    /** The Chorus Pro access with empty secrets: what can still be shown when secure storage fails. */
    ChorusSettings chorusWithoutSecrets();

    /** The « Flux » settings (lot thresholds, billing framework placement), or their defaults before the first save. */
    GenerationSettings generation();

    /** Validates then saves; nothing is written when a value is refused. */
    void save(CompanySettings company) throws SettingsException;

    /** Validates then saves; nothing is written when a value is refused. */
    void save(GenerationSettings generation) throws SettingsException;

    /** Validates then saves, secrets to secure storage first; nothing is written when a value is refused. */
    void save(ChorusSettings chorus) throws SettingsException;
}
