package dev.stockadj.core.model.plan;

import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.Position;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the vendor holds on record, per position at the vendor's granularity. A position the
 * vendor does not list holds zero.
 */
public record BookQuantities(Map<Position, Quantity> quantities) {
    public BookQuantities {
        quantities = Map.copyOf(quantities);
    }

    public static BookQuantities empty() {
        return new BookQuantities(Map.of());
    }

    public Quantity of(Position position) {
        return quantities.getOrDefault(position, Quantity.ZERO);
    }

    /** Sums the quantities of an item over its bins and lots. */
    public BookQuantities coarse() {
        Map<Position, Quantity> sums = new TreeMap<>();
        quantities.forEach((p, q) -> sums.merge(p.coarse(), q, Quantity::plus));
        return new BookQuantities(sums);
    }
}
