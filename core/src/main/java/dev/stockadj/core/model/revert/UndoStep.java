package dev.stockadj.core.model.revert;

import dev.stockadj.core.model.IdempotencyKey;

import java.util.Objects;

/**
 * One step of a revert with its own idempotency key, journalled like a document of an apply
 * (PLANNED → SENDING → APPLIED, REJECTED or UNCERTAIN).
 *
 * @param index 0-based, the order steps are taken in
 */
public record UndoStep(int index, IdempotencyKey key, Undo undo) {
    public UndoStep {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Objects.requireNonNull(key, "key is required");
        Objects.requireNonNull(undo, "undo is required");
    }
}
