package dev.stockadj.plumbing.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Faults armed for the next requests: each used once, in the order armed, for any request or only for one method
 * and path (matched ignoring case; those go first). A fault is armed as a supplier and made when it fires, so a
 * vendor switch set after arming (a Retry-After, a delay) still counts. Thread-safe.
 */
public final class Faults {
    private final Deque<Supplier<InjectedFault>> forAny = new ArrayDeque<>();
    private final Map<String, Deque<Supplier<InjectedFault>>> forRoute = new HashMap<>();

    /** The next request not taken by a route's fault gets this one. */
    public synchronized void next(Supplier<InjectedFault> fault) {
        forAny.add(Objects.requireNonNull(fault, "fault is required"));
    }

    /** The next {@code times} requests, one each. */
    public synchronized void next(Supplier<InjectedFault> fault, int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times must not be negative: " + times);
        }
        for (int i = 0; i < times; i++) {
            next(fault);
        }
    }

    /** The next request for this method and path below the root, e.g. {@code ("POST", "/adjustment")}. */
    public synchronized void nextOn(String method, String path, Supplier<InjectedFault> fault) {
        forRoute.computeIfAbsent(key(method, path), k -> new ArrayDeque<>())
                .add(Objects.requireNonNull(fault, "fault is required"));
    }

    /** Disarms every fault not fired yet. */
    public synchronized void clear() {
        forAny.clear();
        forRoute.clear();
    }

    /** Takes the fault this request is to meet, if one is armed. */
    synchronized Optional<InjectedFault> take(Inbound request) {
        Deque<Supplier<InjectedFault>> own = forRoute.get(key(request.method(), request.path()));
        Supplier<InjectedFault> fault = own != null && !own.isEmpty() ? own.poll() : forAny.poll();
        return Optional.ofNullable(fault).map(Supplier::get);
    }

    private static String key(String method, String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return method.toUpperCase(Locale.ROOT) + " /" + trimmed.toLowerCase(Locale.ROOT);
    }
}
