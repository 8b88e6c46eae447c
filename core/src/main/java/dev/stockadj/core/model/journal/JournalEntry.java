package dev.stockadj.core.model.journal;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.plan.AdjustmentDocument;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The journal's record of one document: its state and what the vendor answered.
 *
 * @param response the vendor's full answer when applied (for Qoyod the only record there will be)
 * @param errors   the vendor's messages when rejected; when applied, where the vendor's answer shows it
 *                 recorded something other than what was sent (empty for a clean apply)
 * @param note     why the entry is in its state (an uncertain outcome's cause, an operator's resolution)
 */
public record JournalEntry(
        IdempotencyKey key,
        CountReference countReference,
        int index,
        DocumentState state,
        Optional<VendorDocumentId> vendorId,
        Optional<String> response,
        List<FieldError> errors,
        String note,
        Instant updatedAt) {

    public JournalEntry {
        Objects.requireNonNull(key, "key is required");
        Objects.requireNonNull(countReference, "count reference is required");
        Objects.requireNonNull(state, "state is required");
        Objects.requireNonNull(vendorId, "vendorId is required (may be empty)");
        Objects.requireNonNull(response, "response is required (may be empty)");
        errors = List.copyOf(errors);
        note = note == null ? "" : note;
        Objects.requireNonNull(updatedAt, "updatedAt is required");
    }

    public static JournalEntry planned(AdjustmentDocument document, Instant at) {
        return new JournalEntry(document.key(), document.countReference(), document.index(), DocumentState.PLANNED,
                Optional.empty(), Optional.empty(), List.of(), "", at);
    }

    public JournalEntry moveTo(DocumentState next, String why, Instant at) {
        List<FieldError> kept = next == DocumentState.REJECTED ? errors : List.of();
        return new JournalEntry(key, countReference, index, next, vendorId, response, kept, why, at);
    }

    public JournalEntry applied(VendorDocumentId id, String answer, String why, Instant at) {
        return applied(id, answer, List.of(), why, at);
    }

    /** Applied, with the discrepancies between what was sent and what the vendor says it recorded. */
    public JournalEntry applied(VendorDocumentId id, String answer, List<FieldError> discrepancies, String why,
                                Instant at) {
        return new JournalEntry(key, countReference, index, DocumentState.APPLIED, Optional.of(id),
                Optional.ofNullable(answer), discrepancies, why, at);
    }

    /** Applied, but the vendor's answer shows it recorded something other than what was sent. */
    public boolean recordedOtherwise() {
        return state == DocumentState.APPLIED && !errors.isEmpty();
    }

    public JournalEntry rejected(List<FieldError> vendorErrors, Instant at) {
        return new JournalEntry(key, countReference, index, DocumentState.REJECTED, Optional.empty(),
                Optional.empty(), vendorErrors, "rejected by the vendor", at);
    }
}
