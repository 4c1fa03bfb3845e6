package org.faultdesk.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay between a client and a server, which a test can make slow (every chunk the server
 * sends is held back) or cut (the port refuses connections, and open ones are reset) and then
 * restore: a slow or dead SMTP server in front of the real one, as a service sees it on the network.
 */
final class TcpRelay implements AutoCloseable {

    private final String host;
    private final int port;
    private final InetSocketAddress server;
    private final ExecutorService pumps = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tcp-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile Duration answerDelay = Duration.ZERO;
    private ServerSocket listener;

    TcpRelay(String host, int port, InetSocketAddress server) {
        this.host = host;
        this.port = port;
        this.server = server;
    }

    int port() {
        return port;
    }

    /** Accepts connections (again) and relays them to the server. */
    synchronized void open() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true); // the port again right after a cut
            socket.bind(new InetSocketAddress(host, port));
            listener = socket;
            pumps.submit(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses new connections and resets the open ones, as a server that went down. */
    synchronized void cut() {
        closeQuietly(listener);
        listener = null;
        connections.forEach(TcpRelay::closeQuietly);
        connections.clear();
    }

    /** Holds back every chunk the server sends by {@code delay} (zero: as fast as it comes). */
    void delayAnswers(Duration delay) {
        answerDelay = delay;
    }

    @Override
    public void close() {
        cut();
        pumps.shutdownNow();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client = null;
            Socket upstream = new Socket();
            try {
                client = socket.accept();
                connections.add(client);
                connections.add(upstream);
                upstream.connect(server, 2_000);
                Socket accepted = client;
                pumps.submit(() -> pump(accepted, upstream, false));
                pumps.submit(() -> pump(upstream, accepted, true));
            } catch (IOException e) {
                // The listener was cut, or the server refused this connection: the client sees it closed.
                closeQuietly(client);
                closeQuietly(upstream);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean answers) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                Duration delay = answers ? answerDelay : Duration.ZERO;
                if (!delay.isZero()) {
                    Thread.sleep(delay.toMillis()); // the slow server this relay plays, not a wait in a test
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // A side closed, or the relay was cut: the other side is closed below.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            connections.remove(from);
            connections.remove(to);
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // Closing is all that is wanted.
        }
    }
}
