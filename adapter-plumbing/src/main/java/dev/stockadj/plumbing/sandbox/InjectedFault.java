package dev.stockadj.plumbing.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What a sandbox does to one request instead of (or besides) serving it, as networks and vendors misbehave: give
 * a canned answer, wait before serving, or drop the connection unanswered, before the request is handled (nothing
 * stored) or after (stored, the answer lost). Each vendor names its faults and maps them to these.
 */
public sealed interface InjectedFault {
    /** Answers this instead of serving the request: nothing is handled, nothing stored. */
    record Answering(Answer answer) implements InjectedFault {
        public Answering {
            Objects.requireNonNull(answer, "answer is required");
        }
    }

    /** Waits, then serves the request as usual (beyond a client's read timeout, say). */
    record Delaying(Duration delay) implements InjectedFault {
        public Delaying {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
        }
    }

    /** Closes the connection without answering: before handling (nothing stored) or after (stored, answer lost). */
    record Dropping(boolean afterHandling) implements InjectedFault {
    }

    static InjectedFault answer(Answer answer) {
        return new Answering(answer);
    }

    static InjectedFault delay(Duration delay) {
        return new Delaying(delay);
    }

    static InjectedFault dropBeforeHandling() {
        return new Dropping(false);
    }

    static InjectedFault dropAfterHandling() {
        return new Dropping(true);
    }
}
