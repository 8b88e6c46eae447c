package dev.stockadj.core.service;

import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.port.out.DeletePostedDocumentPort;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorNotFound;

import java.util.Optional;

/**
 * Deletes one document the count recorded. A document the vendor no longer has is what a delete wants: it is taken
 * as done (someone deleted it by hand), never as a failure. After an uncertain delete, the document is looked for
 * under its id, carrying its key: gone means done.
 */
final class DeleteAction implements UndoAction {
    private final Undo.Delete delete;
    private final DeletePostedDocumentPort port;

    DeleteAction(Undo.Delete delete, DeletePostedDocumentPort port) {
        this.delete = delete;
        this.port = port;
    }

    @Override
    public PostedDocument send() {
        try {
            port.delete(delete.vendorId());
            return new PostedDocument(delete.vendorId(), "deleted");
        } catch (VendorNotFound e) {
            return new PostedDocument(delete.vendorId(), "already gone at the vendor");
        }
    }

    @Override
    public Optional<PostedDocument> landed() {
        return port.holds(delete.vendorId(), delete.original()) ? Optional.empty()
                : Optional.of(new PostedDocument(delete.vendorId(), "gone at the vendor"));
    }

    @Override
    public String howFound() {
        return "looking for document " + delete.vendorId() + " at the vendor";
    }
}
