package dev.stockadj.plumbing.wiring;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a wiring opened (an emulator, then the adapter on it), closed in reverse order: by the run when it ends,
 * or by the wiring itself when a later step refuses, so that a refused setting leaves no emulator listening.
 */
public final class Opened implements AutoCloseable {
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    public synchronized <T extends AutoCloseable> T add(T resource) {
        resources.push(resource);
        return resource;
    }

    @Override
    public synchronized void close() {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                // AutoCloseable.close declares Exception; one failure must not keep the rest open
            }
        }
    }
}
