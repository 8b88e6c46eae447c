package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.vendor.ReadBack;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes one frozen document as far as it can go: skip it if APPLIED, find out what happened to
 * it if its outcome is in doubt, send it if it is known not to be at the vendor. Every state
 * change is recorded in the journal (compare-and-set) before the next step.
 */
final class DocumentRun {
    /** A SENDING entry younger than this may belong to a live worker sharing the journal. */
    static final Duration DEFAULT_SENDING_LEASE = Duration.ofMinutes(5);
    static final int RATE_LIMIT_ATTEMPTS = 3;
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    private final VendorPorts vendor;
    private final VendorPorts.Posting posting;
    private final JournalPort journal;
    private final ClockPort clock;
    private final Duration sendingLease;

    DocumentRun(VendorPorts vendor, VendorPorts.Posting posting, JournalPort journal, ClockPort clock,
                Duration sendingLease) {
        this.vendor = vendor;
        this.posting = posting;
        this.journal = journal;
        this.clock = clock;
        this.sendingLease = sendingLease;
    }

    /** Returns why the whole run must stop, if it must. */
    Optional<Halt> settle(AdjustmentDocument document, JournalEntry entry) {
        JournalEntry current = entry;
        if (current.state() == DocumentState.SENDING) {
            Instant settles = current.updatedAt().plus(sendingLease);
            if (clock.now().isBefore(settles)) {
                return Optional.of(new Halt(Halt.Reason.UNCERTAIN, document.key() + " " + inFlight(settles)));
            }
            JournalEntry doubt = current.moveTo(DocumentState.UNCERTAIN,
                    "the run sending it stopped before the outcome was recorded", clock.now());
            if (!journal.transition(DocumentState.SENDING, doubt)) {
                return Optional.empty();
            }
            current = doubt;
        }
        if (current.state() == DocumentState.UNCERTAIN) {
            Resolution resolution = resolve(document, current);
            if (resolution.halt().isPresent() || resolution.entry().state() != DocumentState.PLANNED) {
                return resolution.halt();
            }
            current = resolution.entry();
        }
        if (current.state() == DocumentState.PLANNED || current.state() == DocumentState.REJECTED) {
            return send(document, current);
        }
        return Optional.empty();
    }

    private record Resolution(JournalEntry entry, Optional<Halt> halt) {
    }

    private Resolution resolve(AdjustmentDocument document, JournalEntry uncertain) {
        try {
            JournalEntry next = vendor.capabilities().readBack() == ReadBack.BY_SEARCH
                    ? resolveBySearch(document, uncertain)
                    : resolveByStock(document, uncertain);
            if (next.state() == DocumentState.UNCERTAIN) {
                journal.transition(DocumentState.UNCERTAIN, next);
                LoggedJournal.LOG.log(Level.INFO, () -> document.key() + " is still uncertain after " + howReadBack());
                return new Resolution(next, Optional.empty());
            }
            if (!journal.transition(DocumentState.UNCERTAIN, next)) {
                return new Resolution(uncertain, Optional.empty());
            }
            LoggedJournal.LOG.log(Level.INFO, () -> document.key() + " resolved after " + howReadBack() + ": "
                    + (next.state() == DocumentState.APPLIED
                    ? "it arrived" + next.vendorId().map(id -> ", vendor id " + id).orElse("")
                    : "it did not arrive; sending it again"));
            return new Resolution(next, Optional.empty());
        } catch (VendorAuthFailed e) {
            return new Resolution(uncertain, Optional.of(new Halt(Halt.Reason.AUTH_FAILED, e.getMessage())));
        } catch (VendorFailure e) {
            return new Resolution(uncertain, Optional.of(new Halt(Halt.Reason.UNREACHABLE,
                    "could not find out whether " + document.key() + " arrived: " + e.getMessage())));
        }
    }

    private String howReadBack() {
        return vendor.capabilities().readBack() == ReadBack.BY_SEARCH ? "searching the vendor by its key"
                : "reading the vendor's stock back";
    }

    private JournalEntry resolveBySearch(AdjustmentDocument document, JournalEntry uncertain) {
        Optional<PostedDocument> found = posting.finder().find(document);
        if (found.isPresent()) {
            return uncertain.applied(found.get().id(), found.get().response(),
                    "found at the vendor by its key after an uncertain outcome", clock.now());
        }
        return uncertain.moveTo(DocumentState.PLANNED, "not found at the vendor by its key; to be sent again",
                clock.now());
    }

    private JournalEntry resolveByStock(AdjustmentDocument document, JournalEntry uncertain) {
        Set<ItemId> items = new LinkedHashSet<>();
        document.lines().forEach(line -> items.add(line.position().item()));
        BookQuantities now = vendor.books().read(document.location(), items);
        Coverage.Index index = new Coverage.Index(now);
        List<PlannedLine> lines = document.lines();
        if (lines.stream().allMatch(line -> index.book(line.position()).equals(line.target()))) {
            return uncertain.moveTo(DocumentState.APPLIED, "stock read back at every line's target", clock.now());
        }
        if (lines.stream().allMatch(line -> index.book(line.position()).equals(line.book()))) {
            return uncertain.moveTo(DocumentState.PLANNED, "stock read back at every line's planned book;"
                    + " to be sent again", clock.now());
        }
        String moved = lines.stream()
                .filter(line -> !index.book(line.position()).equals(line.target())
                        && !index.book(line.position()).equals(line.book()))
                .map(line -> line.position() + " is " + index.book(line.position()) + " (planned " + line.book()
                        + " → " + line.target() + ")")
                .collect(Collectors.joining("; "));
        return uncertain.moveTo(DocumentState.UNCERTAIN, "stock moved since; cannot tell whether it arrived: "
                + (moved.isEmpty() ? "some lines at target, some at book" : moved)
                + ". Look in the vendor's books, then resolve it by hand as applied or not applied",
                clock.now());
    }

    /** What a document found SENDING means, and what to do about it, until its lease runs out at {@code settles}. */
    private static String inFlight(Instant settles) {
        return "is being sent by another process, or was left by one that stopped; it settles after "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(settles)
                + " (re-run then), or sooner with stockadj resolve KEY --applied or --not-applied once the vendor's"
                + " books say which";
    }

    private Optional<Halt> send(AdjustmentDocument document, JournalEntry ready) {
        JournalEntry current = ready;
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.now();
            JournalEntry sending = current.moveTo(DocumentState.SENDING, inFlight(now.plus(sendingLease)), now);
            if (!journal.transition(current.state(), sending)) {
                return Optional.empty();
            }
            try {
                PostedDocument posted = posting.poster().post(document);
                journal.transition(DocumentState.SENDING, sending.applied(posted.id(), posted.response(),
                        posted.discrepancies(), posted.discrepancies().isEmpty() ? ""
                                : "recorded by the vendor, but not as sent: " + posted.discrepancies().size()
                                + " discrepancy(ies) in its answer; check the document in the vendor's books",
                        clock.now()));
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
                return uncertain(document, sending, e.getMessage());
            } catch (VendorProtocolError e) {
                return uncertain(document, sending, "unreadable answer: " + e.getMessage());
            } catch (RuntimeException e) {
                journal.transition(DocumentState.SENDING, sending.moveTo(DocumentState.UNCERTAIN,
                        "unexpected failure while sending: " + e, clock.now()));
                throw e;
            }
        }
    }

    private Optional<Halt> uncertain(AdjustmentDocument document, JournalEntry sending, String why) {
        journal.transition(DocumentState.SENDING, sending.moveTo(DocumentState.UNCERTAIN, why, clock.now()));
        return Optional.of(new Halt(Halt.Reason.UNCERTAIN, document.key() + " may have arrived (" + why
                + "); re-run to find out and continue"));
    }
}
