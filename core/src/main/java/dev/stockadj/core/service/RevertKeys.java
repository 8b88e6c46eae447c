package dev.stockadj.core.service;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.vendor.Destination;

/**
 * The keys of a revert's steps: from the count reference, vendor, destination, the step's index and what it does,
 * recorded under a kind of their own ("revert"), so no step can share a key with a document of any apply.
 */
final class RevertKeys {
    private static final int KEY_HEX_DIGITS = 24;

    private RevertKeys() {
    }

    static IdempotencyKey step(CountReference reference, VendorName vendor, Destination destination, int index,
                               String content) {
        String hash = new Canonical().record("revert", reference, vendor, destination, index, content).sha256();
        return new IdempotencyKey(IdempotencyKey.PREFIX + hash.substring(0, KEY_HEX_DIGITS));
    }
}
