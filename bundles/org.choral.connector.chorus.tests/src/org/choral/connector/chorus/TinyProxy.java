// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

import org.apache.hc.core5.http.impl.bootstrap.HttpServer;
import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;

/** A proxy that records the absolute URIs it is asked for and answers 503 (as a proxy whose upstream is down). */
final class TinyProxy implements AutoCloseable {

    private final HttpServer server;

    private TinyProxy(HttpServer server) {
        this.server = server;
    }

    static TinyProxy start(List<String> seen) throws IOException {
        HttpServer server = ServerBootstrap.bootstrap().setLocalAddress(InetAddress.getLoopbackAddress())
                .setListenerPort(0).setRequestRouter((request, context) -> (req, response, ctx) -> {
                    // an absolute URI naming the emulator, received on the proxy's port: the call went through it
                    synchronized (seen) {
                        try {
                            seen.add(req.getUri().toString());
                        } catch (java.net.URISyntaxException e) {
                            seen.add(req.getRequestUri());
                        }
                    }
                    response.setCode(503);
                    response.setEntity(new StringEntity("upstream down"));
                }).create();
        server.start();
        return new TinyProxy(server);
    }

    int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() {
        server.close(CloseMode.IMMEDIATE);
    }
}
