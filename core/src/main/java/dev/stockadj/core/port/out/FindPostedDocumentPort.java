package dev.stockadj.core.port.out;

import dev.stockadj.core.model.plan.AdjustmentDocument;

import java.util.Optional;

/**
 * Finds a document the vendor may have recorded, by the idempotency key it carries. Used only
 * for vendors whose capabilities say {@code ReadBack.BY_SEARCH}.
 *
 * @throws VendorFailure when the vendor cannot be read
 */
public interface FindPostedDocumentPort {
    Optional<PostedDocument> find(AdjustmentDocument document);

    /** For vendors that cannot be searched: the core never calls it (their read-back is NONE). */
    static FindPostedDocumentPort unsupported() {
        return document -> {
            throw new UnsupportedOperationException("this vendor cannot search posted documents");
        };
    }
}
