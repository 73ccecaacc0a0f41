// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.portal;

import java.util.Objects;

/**
 * An HTTP proxy between the product and the portal.
 *
 * @param host proxy host name
 * @param port proxy port
 * @param login proxy login, or {@code null} when it asks none
 * @param password proxy password, or {@code null}
 * @since 0.1
 */
public record ProxySettings(String host, int port, String login, String password) {

    public ProxySettings {
        Objects.requireNonNull(host);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port); //$NON-NLS-1$
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ProxySettings[" + host + ':' + port + (login == null ? "" : ", login=" + login + ", password=***") + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
