package dev.stockadj.core.model.plan;

import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.Position;

import java.util.List;

/** Stock moved while counting: the book at count time differs from the book now. */
public record Conflict(Position position, List<Integer> lines, Quantity bookAtCount, Quantity bookNow) {
    public Conflict {
        lines = List.copyOf(lines);
    }

    @Override
    public String toString() {
        return "lines " + lines + " " + position + ": book was " + bookAtCount + " at count time, is " + bookNow + " now";
    }
}
