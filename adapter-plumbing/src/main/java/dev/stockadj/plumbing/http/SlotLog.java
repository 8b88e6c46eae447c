package dev.stockadj.plumbing.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The requests that still hold a place in the vendor's window, oldest first, for {@link RateLimiter}. A slot is
 * taken when a request leaves and stamped again when its answer arrives (the latest moment the vendor can have
 * counted it); it is held until one window and a margin after that stamp. Not thread-safe: the limiter guards it.
 */
final class SlotLog {
    static final class Slot {
        private Instant at;
        private boolean settled;

        private Slot(Instant at, boolean settled) {
            this.at = at;
            this.settled = settled;
        }

        void settle(Instant answered) {
            at = answered.isAfter(at) ? answered : at;
            settled = true;
        }

        Instant at() {
            return at;
        }

        boolean settled() {
            return settled;
        }
    }

    private final Deque<Slot> slots = new ArrayDeque<>();

    Slot take(Instant now) {
        Slot slot = new Slot(now, false);
        slots.addLast(slot);
        return slot;
    }

    /** Keeps the newest {@code most} slots: while the window is unknown nothing expires, and only the latest teach. */
    void keepNewest(int most) {
        while (slots.size() > most) {
            slots.removeFirst();
        }
    }

    /** A request the vendor counted that this client did not send (its headers said so). */
    void phantom(Instant now) {
        slots.addLast(new Slot(now, true));
    }

    void drop(Slot slot) {
        slots.remove(slot);
    }

    /** Forgets the settled slots whose hold ended by {@code now}. */
    int expire(Instant now, Duration hold) {
        while (!slots.isEmpty() && slots.peekFirst().settled && !slots.peekFirst().at.plus(hold).isAfter(now)) {
            slots.removeFirst();
        }
        return slots.size();
    }

    /** When one more request fits {@code limit}: the moment the slot that must leave first is released. */
    Instant freeFor(int limit, Duration hold, Instant now) {
        if (slots.size() < limit) {
            return now;
        }
        Iterator<Slot> oldest = slots.iterator();
        for (int i = slots.size() - limit; i > 0; i--) {
            oldest.next();
        }
        return oldest.next().at.plus(hold);
    }

    /** The settled slots stamped at or after {@code since}, oldest first. */
    List<Slot> settledSince(Instant since) {
        return slots.stream().filter(s -> s.settled && !s.at.isBefore(since)).toList();
    }
}
