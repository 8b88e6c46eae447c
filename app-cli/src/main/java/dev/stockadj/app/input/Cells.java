package dev.stockadj.app.input;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Sku;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the cells of one row into values, adding a problem (with the row and its file line) for
 * each cell that is wrong instead of stopping at the first.
 */
final class Cells {
    private final Row row;
    private final List<Problem> problems;

    Cells(Row row, List<Problem> problems) {
        this.row = row;
        this.problems = problems;
    }

    void problem(String column, String message) {
        problems.add(new Problem(row.number(), column, message + " (file line " + row.fileLine() + ")"));
    }

    /** {@code item} or {@code sku}: exactly one of them. */
    Optional<ItemRef> item() {
        Optional<String> item = row.get("item");
        Optional<String> sku = row.get("sku");
        if (item.isPresent() && sku.isPresent()) {
            problem("item", "give either item or sku, not both");
            return Optional.empty();
        }
        if (item.isEmpty() && sku.isEmpty()) {
            problem("item", "missing item (or sku)");
            return Optional.empty();
        }
        return item.isPresent() ? text("item", ItemId::new) : text("sku", Sku::new);
    }

    /** A decimal that must not be negative, if the cell is there. */
    Optional<BigDecimal> decimal(String column) {
        Optional<String> text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text.get());
            if (value.signum() < 0) {
                problem(column, column + " must not be negative: " + text.get());
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            problem(column, column + " is not a number: '" + text.get() + "'");
            return Optional.empty();
        }
    }

    Optional<BigDecimal> requiredDecimal(String column) {
        if (row.get(column).isEmpty()) {
            problem(column, "missing " + column);
            return Optional.empty();
        }
        return decimal(column);
    }

    Optional<LocalDate> date(String column) {
        Optional<String> text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            problem(column, column + " is not a date YYYY-MM-DD: '" + text.get() + "'");
            return Optional.empty();
        }
    }

    /** A text cell made into a value; the value's own check becomes a problem. */
    <T> Optional<T> text(String column, Function<String, T> make) {
        Optional<String> text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(make.apply(text.get()));
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
            return Optional.empty();
        }
    }

    int rowNumber() {
        return row.number();
    }

    boolean has(String column) {
        return row.get(column).isPresent();
    }
}
