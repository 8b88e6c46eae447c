package dev.stockadj.core.model.plan;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.vendor.QuantityMode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One adjustment document exactly as it will be sent, frozen in the journal before sending.
 *
 * @param index    0-based position in the plan's deterministic order
 * @param key      the idempotency key, written into the vendor's free-text field
 * @param accounts where gains and losses post; a single-account vendor uses {@link #offsetAccount()}
 */
public record AdjustmentDocument(
        int index,
        IdempotencyKey key,
        VendorName vendor,
        CountReference countReference,
        LocationId location,
        LocalDate date,
        String memo,
        QuantityMode mode,
        Accounts accounts,
        List<PlannedLine> lines) {

    public AdjustmentDocument {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Objects.requireNonNull(key, "key is required");
        Objects.requireNonNull(vendor, "vendor is required");
        Objects.requireNonNull(countReference, "count reference is required");
        Objects.requireNonNull(location, "location is required");
        Objects.requireNonNull(date, "date is required");
        memo = memo == null ? "" : memo;
        Objects.requireNonNull(mode, "mode is required");
        Objects.requireNonNull(accounts, "accounts are required");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one line");
        }
        if (mode == QuantityMode.NONE) {
            throw new IllegalArgumentException("a quantity document needs an ABSOLUTE or DELTA mode");
        }
    }

    /** The free text the vendor stores: the key first (so it can be searched), then the memo. */
    public String describe() {
        String text = "stockadj " + key.value() + " count " + countReference.value();
        return memo.isEmpty() ? text : text + " — " + memo;
    }

    /**
     * The single offset account of a one-account document: the gain account when every line is a
     * gain, the loss account when every line is a loss; a document mixing both is only planned
     * when the two accounts are the same.
     */
    public AccountId offsetAccount() {
        boolean gains = lines.stream().anyMatch(l -> l.direction() == Direction.GAIN);
        boolean losses = lines.stream().anyMatch(l -> l.direction() == Direction.LOSS);
        if (gains && losses && !accounts.same()) {
            throw new IllegalStateException("document " + key + " mixes gains and losses across two accounts");
        }
        return losses && !gains ? accounts.loss() : accounts.gain();
    }
}
