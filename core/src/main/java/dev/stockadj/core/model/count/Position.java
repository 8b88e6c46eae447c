package dev.stockadj.core.model.count;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LotNumber;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a quantity sits, at the granularity a vendor tracks: an item, and optionally a bin and a
 * lot or serial number. Positions order deterministically (item, then bin, then lot).
 */
public record Position(ItemId item, Optional<Bin> bin, Optional<LotNumber> lot) implements Comparable<Position> {
    public Position {
        Objects.requireNonNull(item, "item is required");
        Objects.requireNonNull(bin, "bin is required (may be empty)");
        Objects.requireNonNull(lot, "lot is required (may be empty)");
    }

    public static Position of(ItemId item) {
        return new Position(item, Optional.empty(), Optional.empty());
    }

    /** True when the position names a bin or a lot: an Order Time line with details. */
    public boolean detailed() {
        return bin.isPresent() || lot.isPresent();
    }

    /** The same item without bin or lot: the granularity of a vendor that tracks neither. */
    public Position coarse() {
        return of(item);
    }

    /** Item, then bin, then lot, an absent bin or lot first; allocates nothing (a large count sorts by it). */
    @Override
    public int compareTo(Position other) {
        int order = item.value().compareTo(other.item.value());
        if (order == 0) {
            order = bin.isPresent() ? bin.get().value().compareTo(other.bin.isPresent() ? other.bin.get().value() : "")
                    : other.bin.isPresent() ? "".compareTo(other.bin.get().value()) : 0;
        }
        if (order == 0) {
            order = lot.isPresent() ? lot.get().value().compareTo(other.lot.isPresent() ? other.lot.get().value() : "")
                    : other.lot.isPresent() ? "".compareTo(other.lot.get().value()) : 0;
        }
        return order;
    }

    /**
     * The components' hashes combined as a record would, then spread: item ids that count up have neighbouring
     * hashes, and an immutable map ({@code Map.copyOf}, as {@code BookQuantities} holds the book) probes linearly on
     * the low bits, where a million such positions would cluster into long runs.
     */
    @Override
    public int hashCode() {
        int hash = (item.hashCode() * 31 + bin.hashCode()) * 31 + lot.hashCode();
        hash *= 0x9e3779b9;
        return hash ^ hash >>> 16;
    }

    @Override
    public String toString() {
        return item + bin.map(b -> " bin " + b).orElse("") + lot.map(l -> " lot " + l).orElse("");
    }
}
