package dev.stockadj.plumbing.sandbox;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A sandbox's HTTP server: the JDK's, on 127.0.0.1 only (never reachable from another machine), at a given port
 * or any free one (0), every request through one {@link SandboxHandler} on a few daemon threads.
 */
public final class SandboxServer implements AutoCloseable {
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService threads;

    private SandboxServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** @param name names the threads and the failure to start, e.g. "qoyod" */
    public static SandboxServer start(String name, int port, SandboxHandler handler) {
        disableNagle();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, name + "-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
            server.createContext("/", handler);
            server.setExecutor(threads);
            server.start();
            return new SandboxServer(server, threads);
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException("cannot start the " + name + " sandbox on 127.0.0.1:" + port, e);
        }
    }

    /**
     * The JDK server otherwise waits for delayed ACKs on every small answer (about 40 ms a request). Read once per
     * JVM, when the first JDK HTTP server starts; an explicit setting is left alone.
     */
    private static void disableNagle() {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address of {@code root} on this server, e.g. {@code http://127.0.0.1:PORT/v5}. */
    public URI url(String root) {
        return URI.create("http://127.0.0.1:" + port() + root);
    }

    /** Stops at once (requests in flight are cut) and waits a little for the threads. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
