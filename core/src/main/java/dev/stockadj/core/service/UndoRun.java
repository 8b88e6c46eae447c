package dev.stockadj.core.service;

import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.PostedDocument;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A revert's undo step (a delete, a restoring cost adjustment) as a {@link SendOnce.Subject}, so it is taken
 * exactly once by the same journal states as an apply's documents: the {@link UndoAction} says what is done at the
 * vendor and how to find out afterwards whether it was.
 */
final class UndoRun {
    private final SendOnce once;

    UndoRun(JournalPort steps, ClockPort clock, Duration sendingLease) {
        this.once = new SendOnce(steps, clock, sendingLease);
    }

    /** Returns why the revert must stop, if it must. */
    Optional<Halt> settle(JournalEntry entry, UndoAction action) {
        return once.settle(entry, new Step(entry.key().toString(), action));
    }

    private record Step(String key, UndoAction action) implements SendOnce.Subject {
        @Override
        public PostedDocument send() {
            return action.send();
        }

        @Override
        public JournalEntry findAgain(JournalEntry uncertain, ClockPort clock) {
            return action.landed().map(done -> uncertain.applied(done.id(), done.response(),
                            "found done at the vendor after an uncertain outcome", clock.now()))
                    .orElseGet(() -> uncertain.moveTo(DocumentState.PLANNED, "not done at the vendor; to be sent again",
                            clock.now()));
        }

        @Override
        public String howFound() {
            return action.howFound();
        }

        @Override
        public JournalEntry arrived(JournalEntry sending, PostedDocument done, Instant now) {
            return sending.applied(done.id(), done.response(), "done at the vendor: " + done.response(), now);
        }

        @Override
        public String inFlight(Instant settles) {
            return "is being taken by another process, or was left by one that stopped; re-run after " + settles;
        }
    }
}
