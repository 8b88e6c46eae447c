package dev.stockadj.qoyod.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Qoyod's limit: so many requests in any 60 s; over it, how long until one more fits. */
final class RateWindow {
    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final Deque<Long> accepted = new ArrayDeque<>();
    private int limit;

    RateWindow(int limit) {
        setLimit(limit);
    }

    synchronized void setLimit(int newLimit) {
        if (newLimit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more: " + newLimit);
        }
        limit = newLimit;
    }

    /** Counts the request and answers empty, or answers how long to wait when the window is full. */
    synchronized Optional<Duration> admit(long nowNanos) {
        while (!accepted.isEmpty() && nowNanos - accepted.peekFirst() >= WINDOW_NANOS) {
            accepted.removeFirst();
        }
        if (accepted.size() < limit) {
            accepted.addLast(nowNanos);
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(accepted.peekFirst() + WINDOW_NANOS - nowNanos));
    }
}
