package dev.stockadj.core.port.out;

import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.VendorDocumentId;

import java.util.List;
import java.util.Objects;

/**
 * A document the vendor recorded: its id, the vendor's full answer (kept in the journal), and
 * where its answer shows it recorded something other than what was sent (a quantity, a line, an
 * account). A document with discrepancies was still created: it is not to be sent again.
 */
public record PostedDocument(VendorDocumentId id, String response, List<FieldError> discrepancies) {
    public PostedDocument {
        Objects.requireNonNull(id, "id is required");
        response = response == null ? "" : response;
        discrepancies = List.copyOf(discrepancies);
    }

    /** A document recorded as it was sent. */
    public PostedDocument(VendorDocumentId id, String response) {
        this(id, response, List.of());
    }
}
