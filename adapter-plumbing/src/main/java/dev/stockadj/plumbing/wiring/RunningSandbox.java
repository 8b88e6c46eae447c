package dev.stockadj.plumbing.wiring;

import java.net.URI;
import java.util.Map;

/**
 * A vendor emulator running on loopback.
 *
 * @param baseUrl     where the adapter (or curl) reaches it
 * @param headers     the request headers it expects, with the sandbox's own (public, fake) credentials
 * @param demo        the seeded location and accounts, to try things with
 * @param tryPath     a path below the base URL that answers a plain GET, for a first curl
 */
public record RunningSandbox(String vendor, URI baseUrl, Map<String, String> headers, Map<String, String> demo,
                             String tryPath, AutoCloseable server) implements AutoCloseable {
    public RunningSandbox {
        headers = Map.copyOf(headers);
        demo = Map.copyOf(demo);
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
