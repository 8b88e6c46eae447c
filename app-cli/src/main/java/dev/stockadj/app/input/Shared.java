package dev.stockadj.app.input;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Values already made from the same text of the same column, handed out again instead of made
 * anew: counts repeat their bins, lots, dates, quantities and costs, and a million lines must fit
 * in a small heap. Values are immutable records; at most {@value #PER_COLUMN} are kept per column,
 * and only good ones (a bad cell is made, and reported, every time).
 */
final class Shared {
    static final int PER_COLUMN = 1024;
    private final Map<String, Map<String, Optional<?>>> byColumn = new HashMap<>();

    @SuppressWarnings("unchecked") // a column always holds values of one type: its reader makes them
    <T> Optional<T> get(String column, String text, Supplier<Optional<T>> make) {
        Map<String, Optional<?>> values = byColumn.computeIfAbsent(column, c -> new HashMap<>());
        Optional<?> known = values.get(text);
        if (known != null) {
            return (Optional<T>) known;
        }
        Optional<T> made = make.get();
        if (made.isPresent() && values.size() < PER_COLUMN) {
            values.put(text, made);
        }
        return made;
    }
}
