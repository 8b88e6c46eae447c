package dev.stockadj.core.service;

import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What was counted at one position once the count's lines are summed to the vendor's
 * granularity. {@code bookAtCount} is what the integrated system believed at count time, when
 * every summed line said so.
 */
record CountedPosition(
        Position position,
        List<Integer> lines,
        Quantity counted,
        Optional<Quantity> bookAtCount,
        Optional<UnitCost> unitCost,
        Optional<LocalDate> expires) {

    public CountedPosition {
        lines = List.copyOf(lines);
    }
}
