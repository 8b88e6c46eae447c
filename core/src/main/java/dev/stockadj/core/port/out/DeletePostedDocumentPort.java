package dev.stockadj.core.port.out;

import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.VendorDocumentId;

/**
 * Deletes a document the vendor recorded, which undoes what it did (Order Time {@code DELETE /adjustment}, a
 * Foodics draft), and tells whether it is still there. Used by revert, which journals every delete exactly once.
 *
 * @throws VendorFailure every way a call can fail; {@link VendorNotFound} from {@link #delete} when it is gone
 */
public interface DeletePostedDocumentPort {
    void delete(VendorDocumentId id);

    /**
     * Whether the vendor still holds, under {@code id}, the document carrying {@code key}: after an uncertain delete,
     * false means it is gone (the delete landed) and true that it must be deleted again.
     */
    boolean holds(VendorDocumentId id, IdempotencyKey key);
}
