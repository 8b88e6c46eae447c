package dev.stockadj.core.model.revert;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.plan.AdjustmentDocument;

import java.util.Objects;

/**
 * What one step of a revert does at the vendor, frozen in the journal before anything is sent: each vendor undoes a
 * document the way it allows (Order Time deletes it, Qoyod takes a counter-document, Foodics deletes a draft or
 * closes a new adjustment restoring the previous costs).
 */
public sealed interface Undo permits Undo.Delete, Undo.Post, Undo.RestoreCosts {

    /** A short description for a person: what the step does. */
    String describe();

    /**
     * Deletes a document the count (or costs run) recorded; the vendor undoes what it did.
     *
     * @param original the key the document carries (found in it again before it is taken for gone)
     * @param vendorId the vendor's id of it (Order Time DocNo, Foodics cost adjustment id)
     */
    record Delete(IdempotencyKey original, VendorDocumentId vendorId) implements Undo {
        public Delete {
            Objects.requireNonNull(original, "original key is required");
            Objects.requireNonNull(vendorId, "vendor id is required");
        }

        @Override
        public String describe() {
            return "delete " + vendorId + " (" + original + ")";
        }
    }

    /** Sends a counter-document whose lines set each position back (a vendor that deletes nothing: Qoyod). */
    record Post(AdjustmentDocument document) implements Undo {
        public Post {
            Objects.requireNonNull(document, "document is required");
        }

        @Override
        public String describe() {
            return "post a counter-document of " + document.lines().size() + " line(s)";
        }
    }

    /**
     * Creates a closed cost adjustment setting each item of {@code original} back to its previous cost; the draft
     * carries the step's key as its reference so an uncertain outcome can be found again.
     */
    record RestoreCosts(CostAdjustmentId original, CostAdjustmentDraft draft) implements Undo {
        public RestoreCosts {
            Objects.requireNonNull(original, "original adjustment is required");
            Objects.requireNonNull(draft, "draft is required");
        }

        @Override
        public String describe() {
            return "restore the previous cost of " + draft.items().size() + " item(s) of " + original;
        }
    }
}
