// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ExceptionListener;
import org.apache.hc.core5.http.HttpConnection;
import org.apache.hc.core5.http.impl.bootstrap.HttpServer;
import org.apache.hc.core5.http.impl.bootstrap.ServerBootstrap;
import org.apache.hc.core5.http.impl.io.DefaultBHttpServerConnection;
import org.apache.hc.core5.http.impl.io.DefaultBHttpServerConnectionFactory;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.LoggerFactory;

/**
 * The HttpCore 5 classic server, bound to 127.0.0.1 only: the emulator is for this machine, never
 * for the network. Connection resets are the emulator's own faults or a client giving up: they are
 * not errors worth printing. It counts the TCP connections it accepts, so that a client's reuse of
 * its connections (keep-alive) can be checked from the server side.
 */
public final class EmulatorServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong connections = new AtomicLong();

    public EmulatorServer(int port, ApiRouter router) {
        server = ServerBootstrap.bootstrap()
                .setLocalAddress(InetAddress.getLoopbackAddress())
                .setListenerPort(port)
                .setSocketConfig(SocketConfig.custom().setSoTimeout(Timeout.ofMinutes(5)).setTcpNoDelay(true).build())
                .setExceptionListener(new Quiet())
                .setConnectionFactory(counting(DefaultBHttpServerConnectionFactory.builder().scheme("http").build())) //$NON-NLS-1$
                // one handler whatever the Host header says (127.0.0.1, localhost…): no virtual hosts, no 421
                .setRequestRouter((request, context) -> router)
                .create();
    }

    private HttpConnectionFactory<DefaultBHttpServerConnection> counting(
            HttpConnectionFactory<DefaultBHttpServerConnection> factory) {
        return (Socket socket) -> {
            connections.incrementAndGet();
            return factory.createConnection(socket);
        };
    }

    /** TCP connections accepted since the start. */
    public long connectionsAccepted() {
        return connections.get();
    }

    public void start() throws IOException {
        server.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() {
        server.close(CloseMode.IMMEDIATE);
        try {
            server.awaitTermination(TimeValue.of(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ignores the resets and timeouts the emulator provokes or a client causes. */
    private static final class Quiet implements ExceptionListener {
        @Override
        public void onError(Exception ex) {
            report(ex);
        }

        @Override
        public void onError(HttpConnection connection, Exception ex) {
            report(ex);
        }

        private static void report(Exception ex) {
            if (ex instanceof SocketException || ex instanceof ConnectionClosedException
                    || ex instanceof ConnectException || ex instanceof java.net.SocketTimeoutException
                    || ex instanceof java.io.InterruptedIOException) {
                return;
            }
            LoggerFactory.getLogger(EmulatorServer.class).warn("HTTP", ex); //$NON-NLS-1$
        }
    }
}
