package dev.stockadj.core.service;

import dev.stockadj.core.port.out.PostedDocument;

import java.util.Optional;

/** What one undo step does at the vendor, and how to find out afterwards whether it did it. */
interface UndoAction {
    /**
     * Takes the step at the vendor, once; what the vendor answered.
     *
     * @throws dev.stockadj.core.port.out.VendorFailure every way it can fail
     */
    PostedDocument send();

    /** After an outcome in doubt: what the vendor holds if the step landed, empty if it surely did not. */
    Optional<PostedDocument> landed();

    /** How {@link #landed()} finds out, for the log ("reading the document back", ...). */
    String howFound();
}
