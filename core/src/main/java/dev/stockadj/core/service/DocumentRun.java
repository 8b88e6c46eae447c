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
 * An apply's frozen document as a {@link SendOnce.Subject}: posted once, and after an outcome in doubt found again by
 * its key (vendors that search) or by reading the stock back (vendors that do not). The journal states themselves
 * are {@link SendOnce}'s.
 */
final class DocumentRun {
    /** A SENDING entry younger than this may belong to a live worker sharing the journal. */
    static final Duration DEFAULT_SENDING_LEASE = SendOnce.DEFAULT_SENDING_LEASE;

    private final VendorPorts vendor;
    private final VendorPorts.Posting posting;
    private final SendOnce once;

    DocumentRun(VendorPorts vendor, VendorPorts.Posting posting, JournalPort journal, ClockPort clock,
                Duration sendingLease) {
        this.vendor = vendor;
        this.posting = posting;
        this.once = new SendOnce(journal, clock, sendingLease);
    }

    /** Returns why the whole run must stop, if it must. */
    Optional<Halt> settle(AdjustmentDocument document, JournalEntry entry) {
        return once.settle(entry, new Document(document));
    }

    private final class Document implements SendOnce.Subject {
        private final AdjustmentDocument document;

        Document(AdjustmentDocument document) {
            this.document = document;
        }

        @Override
        public String key() {
            return document.key().toString();
        }

        @Override
        public PostedDocument send() {
            return posting.poster().post(document);
        }

        @Override
        public JournalEntry findAgain(JournalEntry uncertain, ClockPort clock) {
            return vendor.capabilities().readBack() == ReadBack.BY_SEARCH ? bySearch(uncertain, clock)
                    : byStock(uncertain, clock);
        }

        @Override
        public String howFound() {
            return vendor.capabilities().readBack() == ReadBack.BY_SEARCH ? "searching the vendor by its key"
                    : "reading the vendor's stock back";
        }

        @Override
        public JournalEntry arrived(JournalEntry sending, PostedDocument posted, Instant now) {
            return sending.applied(posted.id(), posted.response(), posted.discrepancies(),
                    posted.discrepancies().isEmpty() ? "" : "recorded by the vendor, but not as sent: "
                            + posted.discrepancies().size()
                            + " discrepancy(ies) in its answer; check the document in the vendor's books", now);
        }

        @Override
        public String inFlight(Instant settles) {
            return "is being sent by another process, or was left by one that stopped; it settles after "
                    + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(settles)
                    + " (re-run then), or sooner with stockadj resolve KEY --applied or --not-applied once the"
                    + " vendor's books say which";
        }

        private JournalEntry bySearch(JournalEntry uncertain, ClockPort clock) {
            Optional<PostedDocument> found = posting.finder().find(document);
            if (found.isPresent()) {
                return uncertain.applied(found.get().id(), found.get().response(),
                        "found at the vendor by its key after an uncertain outcome", clock.now());
            }
            return uncertain.moveTo(DocumentState.PLANNED, "not found at the vendor by its key; to be sent again",
                    clock.now());
        }

        private JournalEntry byStock(JournalEntry uncertain, ClockPort clock) {
            Set<ItemId> items = new LinkedHashSet<>();
            document.lines().forEach(line -> items.add(line.position().item()));
            BookQuantities read = vendor.books().read(document.location(), items);
            Coverage.Index index = new Coverage.Index(read);
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
                    + ". Look in the vendor's books, then resolve it by hand as applied or not applied", clock.now());
        }
    }
}
