package dev.stockadj.core.port.out;

import dev.stockadj.core.model.VendorDocumentId;

import java.util.Objects;

/** A document the vendor recorded: its id and the vendor's full answer (kept in the journal). */
public record PostedDocument(VendorDocumentId id, String response) {
    public PostedDocument {
        Objects.requireNonNull(id, "id is required");
        response = response == null ? "" : response;
    }
}
