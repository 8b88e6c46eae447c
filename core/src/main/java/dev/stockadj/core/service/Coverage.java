package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which book positions a counted position stands for: an item counted as a whole covers all its
 * bins and lots; an item counted in a bin covers that bin's lots.
 */
public final class Coverage {
    private Coverage() {
    }

    public static boolean covers(Position counted, Position booked) {
        return counted.item().equals(booked.item())
                && (counted.bin().isEmpty() || counted.bin().equals(booked.bin()))
                && (counted.lot().isEmpty() || counted.lot().equals(booked.lot()));
    }

    /** Book quantities indexed by item, so a large count is costed in one pass. */
    public static final class Index {
        private final Map<ItemId, List<Map.Entry<Position, Quantity>>> byItem = new HashMap<>();

        public Index(BookQuantities books) {
            books.quantities().entrySet().forEach(e ->
                    byItem.computeIfAbsent(e.getKey().item(), k -> new ArrayList<>()).add(e));
        }

        /** The book quantity of a counted position: the sum of every book position it covers. */
        public Quantity book(Position counted) {
            return byItem.getOrDefault(counted.item(), List.of()).stream()
                    .filter(e -> covers(counted, e.getKey()))
                    .map(Map.Entry::getValue)
                    .reduce(Quantity.ZERO, Quantity::plus);
        }
    }
}
