package dev.stockadj.app.wiring;

import java.util.ArrayDeque;
import java.util.Deque;

/** What a run opened (adapters, sandboxes), closed in reverse order when the run ends. */
public final class Closer implements AutoCloseable {
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    public synchronized <T extends AutoCloseable> T register(T resource) {
        resources.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        while (!resources.isEmpty()) {
            AutoCloseable next = resources.pop();
            try {
                next.close();
            } catch (Exception e) {
                // AutoCloseable.close declares Exception; the run is over and one failure must not keep the rest open
            }
        }
    }
}
