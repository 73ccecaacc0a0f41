// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

/**
 * The HTTP proxy between Choral and the portal; none when {@code host} is empty. The password is
 * a secret: it is stored in secure storage and masked by {@link #toString()}.
 *
 * @param port 0 when not set
 * @since 0.1
 */
public record HttpProxy(String host, int port, String user, String password) {

    public HttpProxy {
        host = Texts.trim(host);
        user = Texts.trim(user);
        password = password == null ? "" : password; //$NON-NLS-1$
    }

    public static HttpProxy none() {
        return new HttpProxy("", 0, "", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public boolean isSet() {
        return !host.isEmpty();
    }

    @Override
    public String toString() {
        return "HttpProxy[host=" + host + ", port=" + port + ", user=" + user + ", password=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + Secrets.mask(password) + "]"; //$NON-NLS-1$
    }
}
