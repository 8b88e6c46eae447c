package dev.stockadj.qoyod.sandbox.archfixture;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;

/** A deliberate violation, in test sources only: a vendor's sandbox starting its own HTTP server. */
public final class SandboxServingItself {
    private SandboxServingItself() {
    }

    public static HttpServer start() throws IOException {
        return HttpServer.create(new InetSocketAddress(0), 0);
    }
}
