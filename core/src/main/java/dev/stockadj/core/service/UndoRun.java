package dev.stockadj.core.service;

import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Takes one undo step (a delete, a restoring cost adjustment) exactly once, with the journal states of an apply's
 * documents ({@link DocumentRun}): SENDING is recorded before the request leaves; a step found SENDING within its
 * lease belongs to another process; an UNCERTAIN one is resolved by asking the vendor before it is sent again.
 */
final class UndoRun {
    private final JournalPort steps;
    private final ClockPort clock;
    private final Duration sendingLease;

    UndoRun(JournalPort steps, ClockPort clock, Duration sendingLease) {
        this.steps = steps;
        this.clock = clock;
        this.sendingLease = sendingLease;
    }

    /** Returns why the revert must stop, if it must. */
    Optional<Halt> settle(JournalEntry entry, UndoAction action) {
        JournalEntry current = entry;
        if (current.state() == DocumentState.SENDING) {
            Instant settles = current.updatedAt().plus(sendingLease);
            if (clock.now().isBefore(settles)) {
                return Optional.of(new Halt(Halt.Reason.UNCERTAIN, current.key() + " is being taken by another process,"
                        + " or was left by one that stopped; re-run after " + settles));
            }
            JournalEntry doubt = current.moveTo(DocumentState.UNCERTAIN,
                    "the run taking it stopped before the outcome was recorded", clock.now());
            if (!steps.transition(DocumentState.SENDING, doubt)) {
                return Optional.empty();
            }
            current = doubt;
        }
        if (current.state() == DocumentState.UNCERTAIN) {
            try {
                current = resolve(current, action);
            } catch (VendorAuthFailed e) {
                return Optional.of(new Halt(Halt.Reason.AUTH_FAILED, e.getMessage()));
            } catch (VendorFailure e) {
                return Optional.of(new Halt(Halt.Reason.UNREACHABLE, "could not find out whether " + current.key()
                        + " was done: " + e.getMessage()));
            }
        }
        if (current.state() == DocumentState.PLANNED || current.state() == DocumentState.REJECTED) {
            return send(current, action);
        }
        return Optional.empty();
    }

    private JournalEntry resolve(JournalEntry uncertain, UndoAction action) {
        Optional<PostedDocument> landed = action.landed();
        JournalEntry next = landed.map(done -> uncertain.applied(done.id(), done.response(),
                        "found done at the vendor after an uncertain outcome", clock.now()))
                .orElseGet(() -> uncertain.moveTo(DocumentState.PLANNED, "not done at the vendor; to be sent again",
                        clock.now()));
        if (!steps.transition(DocumentState.UNCERTAIN, next)) {
            return steps.entry(uncertain.key()).orElse(uncertain);
        }
        LoggedJournal.LOG.log(Level.INFO, () -> uncertain.key() + " resolved after " + action.howFound() + ": "
                + (landed.isPresent() ? "it was done" : "it was not; taking it again"));
        return next;
    }

    private Optional<Halt> send(JournalEntry ready, UndoAction action) {
        JournalEntry current = ready;
        for (int attempt = 1; ; attempt++) {
            JournalEntry sending = current.moveTo(DocumentState.SENDING, "being taken at the vendor", clock.now());
            if (!steps.transition(current.state(), sending)) {
                return Optional.empty();
            }
            try {
                PostedDocument done = action.send();
                steps.transition(DocumentState.SENDING, sending.applied(done.id(), done.response(),
                        "done at the vendor: " + done.response(), clock.now()));
                return Optional.empty();
            } catch (VendorRejected e) {
                steps.transition(DocumentState.SENDING, sending.rejected(e.errors(), clock.now()));
                return Optional.empty();
            } catch (VendorRateLimited e) {
                current = sending.moveTo(DocumentState.PLANNED, "rate limited; not done at the vendor", clock.now());
                steps.transition(DocumentState.SENDING, current);
                if (attempt >= DocumentRun.RATE_LIMIT_ATTEMPTS) {
                    return Optional.of(new Halt(Halt.Reason.UNREACHABLE,
                            "the vendor kept rate-limiting after " + attempt + " attempts"));
                }
                Duration wait = e.retryAfter().orElse(DocumentRun.DEFAULT_RETRY_AFTER);
                clock.sleep(wait.compareTo(DocumentRun.LONGEST_WAIT) > 0 ? DocumentRun.LONGEST_WAIT : wait);
            } catch (VendorAuthFailed e) {
                steps.transition(DocumentState.SENDING,
                        sending.moveTo(DocumentState.PLANNED, "authentication refused; not done", clock.now()));
                return Optional.of(new Halt(Halt.Reason.AUTH_FAILED, e.getMessage()));
            } catch (VendorUnavailable e) {
                if (!e.maybeSent()) {
                    steps.transition(DocumentState.SENDING,
                            sending.moveTo(DocumentState.PLANNED, "not sent: " + e.getMessage(), clock.now()));
                    return Optional.of(new Halt(Halt.Reason.UNREACHABLE, e.getMessage()));
                }
                return uncertain(sending, e.getMessage());
            } catch (VendorProtocolError e) {
                return uncertain(sending, "unreadable answer: " + e.getMessage());
            } catch (VendorFailure e) {
                steps.transition(DocumentState.SENDING,
                        sending.rejected(List.of(new FieldError("", e.getMessage())), clock.now()));
                return Optional.empty();
            } catch (RuntimeException e) {
                steps.transition(DocumentState.SENDING, sending.moveTo(DocumentState.UNCERTAIN,
                        "unexpected failure while sending: " + e, clock.now()));
                throw e;
            }
        }
    }

    private Optional<Halt> uncertain(JournalEntry sending, String why) {
        steps.transition(DocumentState.SENDING, sending.moveTo(DocumentState.UNCERTAIN, why, clock.now()));
        return Optional.of(new Halt(Halt.Reason.UNCERTAIN, sending.key() + " may have been done (" + why
                + "); re-run to find out and continue"));
    }
}
