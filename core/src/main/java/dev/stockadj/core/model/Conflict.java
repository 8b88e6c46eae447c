package dev.stockadj.core.model;

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
