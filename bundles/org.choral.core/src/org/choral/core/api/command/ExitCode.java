// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.command;

/**
 * The exit codes shared by every verb of the command line.
 *
 * @since 0.1
 */
public final class ExitCode {

    /** Done, nothing to report. */
    public static final int OK = 0;
    /** Done, with findings: an anomaly, an invoice left out, a deposit refused or failed. */
    public static final int FINDINGS = 1;
    /** Usage or input error: unknown option, unreadable file, missing column. */
    public static final int USAGE = 2;
    /** The portal could not be reached or refused the credentials. */
    public static final int PORTAL = 3;

    private ExitCode() {
    }
}
