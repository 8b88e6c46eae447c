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
import dev.stockadj.core.port.out.VendorNotFound;
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
 * The one exactly-once state machine, for an apply's documents and a revert's steps alike: PLANNED → SENDING →
 * APPLIED, REJECTED or UNCERTAIN. SENDING is recorded (compare-and-set) before the request leaves; one found
 * SENDING within its lease belongs to another process; an UNCERTAIN one is found again at the vendor before it is
 * ever sent again. What is sent, and how it is found again, is the {@link Subject}'s; the order of the journal's
 * states is only this class's, so there is one place that exactly-once rests on.
 */
final class SendOnce {
    /** A SENDING entry younger than this may belong to a live worker sharing the journal. */
    static final Duration DEFAULT_SENDING_LEASE = Duration.ofMinutes(5);
    static final int RATE_LIMIT_ATTEMPTS = 3;
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    /** One thing sent once: a document, a delete, a restoring cost adjustment. */
    interface Subject {
        /** How messages name it. */
        String key();

        /** Sends it, once; what the vendor recorded. @throws VendorFailure every way it can fail */
        PostedDocument send();

        /** After an outcome in doubt: the next entry, APPLIED if it arrived, PLANNED if surely not, else UNCERTAIN. */
        JournalEntry findAgain(JournalEntry uncertain, ClockPort clock);

        /** How {@link #findAgain} finds out, for the log. */
        String howFound();

        /** The APPLIED entry for what the vendor answered to {@link #send()}. */
        JournalEntry arrived(JournalEntry sending, PostedDocument posted, Instant now);

        /** What a SENDING entry means, and what to do about it, until its lease runs out at {@code settles}. */
        String inFlight(Instant settles);
    }

    private final JournalPort journal;
    private final ClockPort clock;
    private final Duration sendingLease;

    SendOnce(JournalPort journal, ClockPort clock, Duration sendingLease) {
        this.journal = journal;
        this.clock = clock;
        this.sendingLease = sendingLease;
    }

    /** Takes {@code subject}, journaled as {@code entry}, as far as it can go; why the whole run must stop, if it must. */
    Optional<Halt> settle(JournalEntry entry, Subject subject) {
        JournalEntry current = entry;
        if (current.state() == DocumentState.SENDING) {
            Instant settles = current.updatedAt().plus(sendingLease);
            if (clock.now().isBefore(settles)) {
                return Optional.of(new Halt(Halt.Reason.UNCERTAIN, subject.key() + " " + subject.inFlight(settles)));
            }
            JournalEntry doubt = current.moveTo(DocumentState.UNCERTAIN,
                    "the run sending it stopped before the outcome was recorded", clock.now());
            if (!journal.transition(DocumentState.SENDING, doubt)) {
                return Optional.empty();
            }
            current = doubt;
        }
        if (current.state() == DocumentState.UNCERTAIN) {
            Resolution resolution = resolve(subject, current);
            if (resolution.halt().isPresent() || resolution.entry().state() != DocumentState.PLANNED) {
                return resolution.halt();
            }
            current = resolution.entry();
        }
        if (current.state() == DocumentState.PLANNED || current.state() == DocumentState.REJECTED) {
            return send(subject, current);
        }
        return Optional.empty();
    }

    private record Resolution(JournalEntry entry, Optional<Halt> halt) {
    }

    private Resolution resolve(Subject subject, JournalEntry uncertain) {
        try {
            JournalEntry next = subject.findAgain(uncertain, clock);
            if (next.state() == DocumentState.UNCERTAIN) {
                journal.transition(DocumentState.UNCERTAIN, next);
                LoggedJournal.LOG.log(Level.INFO, () -> subject.key() + " is still uncertain after "
                        + subject.howFound());
                return new Resolution(next, Optional.empty());
            }
            if (!journal.transition(DocumentState.UNCERTAIN, next)) {
                return new Resolution(uncertain, Optional.empty());
            }
            LoggedJournal.LOG.log(Level.INFO, () -> subject.key() + " resolved after " + subject.howFound() + ": "
                    + (next.state() == DocumentState.APPLIED
                    ? "it arrived" + next.vendorId().map(id -> ", vendor id " + id).orElse("")
                    : "it did not arrive; sending it again"));
            return new Resolution(next, Optional.empty());
        } catch (VendorAuthFailed e) {
            return new Resolution(uncertain, Optional.of(new Halt(Halt.Reason.AUTH_FAILED, e.getMessage())));
        } catch (VendorFailure e) {
            return new Resolution(uncertain, Optional.of(new Halt(Halt.Reason.UNREACHABLE,
                    "could not find out whether " + subject.key() + " arrived: " + e.getMessage())));
        }
    }

    private Optional<Halt> send(Subject subject, JournalEntry ready) {
        JournalEntry current = ready;
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.now();
            JournalEntry sending = current.moveTo(DocumentState.SENDING, subject.inFlight(now.plus(sendingLease)), now);
            if (!journal.transition(current.state(), sending)) {
                return Optional.empty();
            }
            try {
                PostedDocument posted = subject.send();
                journal.transition(DocumentState.SENDING, subject.arrived(sending, posted, clock.now()));
                return Optional.empty();
            } catch (VendorRejected e) {
                journal.transition(DocumentState.SENDING, sending.rejected(e.errors(), clock.now()));
                return Optional.empty();
            } catch (VendorNotFound e) {
                journal.transition(DocumentState.SENDING,
                        sending.rejected(List.of(new FieldError("", e.getMessage())), clock.now()));
                return Optional.empty();
            } catch (VendorRateLimited e) {
                current = sending.moveTo(DocumentState.PLANNED, "rate limited; not recorded by the vendor", clock.now());
                journal.transition(DocumentState.SENDING, current);
                if (attempt >= RATE_LIMIT_ATTEMPTS) {
                    return Optional.of(new Halt(Halt.Reason.UNREACHABLE,
                            "the vendor kept rate-limiting after " + attempt + " attempts"));
                }
                Duration wait = e.retryAfter().orElse(DEFAULT_RETRY_AFTER);
                clock.sleep(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
            } catch (VendorAuthFailed e) {
                journal.transition(DocumentState.SENDING,
                        sending.moveTo(DocumentState.PLANNED, "authentication refused; not recorded", clock.now()));
                return Optional.of(new Halt(Halt.Reason.AUTH_FAILED, e.getMessage()));
            } catch (VendorUnavailable e) {
                if (!e.maybeSent()) {
                    journal.transition(DocumentState.SENDING,
                            sending.moveTo(DocumentState.PLANNED, "not sent: " + e.getMessage(), clock.now()));
                    return Optional.of(new Halt(Halt.Reason.UNREACHABLE, e.getMessage()));
                }
                return uncertain(subject, sending, e.getMessage());
            } catch (VendorProtocolError e) {
                return uncertain(subject, sending, "unreadable answer: " + e.getMessage());
            } catch (RuntimeException e) {
                journal.transition(DocumentState.SENDING, sending.moveTo(DocumentState.UNCERTAIN,
                        "unexpected failure while sending: " + e, clock.now()));
                throw e;
            }
        }
    }

    private Optional<Halt> uncertain(Subject subject, JournalEntry sending, String why) {
        journal.transition(DocumentState.SENDING, sending.moveTo(DocumentState.UNCERTAIN, why, clock.now()));
        return Optional.of(new Halt(Halt.Reason.UNCERTAIN, subject.key() + " may have arrived (" + why
                + "); re-run to find out and continue"));
    }
}
