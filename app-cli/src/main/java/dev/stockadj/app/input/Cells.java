package dev.stockadj.app.input;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Sku;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the cells of one row into values, adding a problem (with the row and its file line) for
 * each cell that is wrong instead of stopping at the first. Good values repeated down the file are
 * shared ({@link Shared}); item ids and SKUs, different on every line, are not.
 */
final class Cells {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private final Row row;
    private final Problems problems;
    private final Shared shared;

    Cells(Row row, Problems problems, Shared shared) {
        this.row = row;
        this.problems = problems;
        this.shared = shared;
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
            if (!row.reported("item") && !row.reported("sku")) {
                problem("item", "missing item (or sku)");
            }
            return Optional.empty();
        }
        return item.isPresent() ? made("item", item.get(), ItemId::new) : made("sku", sku.get(), Sku::new);
    }

    /** A decimal that must not be negative, made into a value, if the cell is there (bounds: {@link NumberText}). */
    <T> Optional<T> decimal(String column, Function<BigDecimal, T> make) {
        return row.get(column).flatMap(text -> shared.get(column, text,
                () -> NumberText.read(column, text, message -> problem(column, message)).map(make)));
    }

    <T> Optional<T> requiredDecimal(String column, Function<BigDecimal, T> make) {
        if (row.get(column).isEmpty()) {
            if (!row.reported(column)) {
                problem(column, "missing " + column);
            }
            return Optional.empty();
        }
        return decimal(column, make);
    }

    Optional<LocalDate> date(String column) {
        return row.get(column).flatMap(text -> shared.get(column, text, () -> {
            try {
                if (DATE.matcher(text).matches()) {
                    return Optional.of(LocalDate.parse(text));
                }
            } catch (DateTimeParseException e) {
                // reported below, as any other text that is not a date
            }
            problem(column, column + " is not a date YYYY-MM-DD: " + Quoted.of(text));
            return Optional.empty();
        }));
    }

    /** A text cell made into a value; the value's own check becomes a problem. */
    <T> Optional<T> text(String column, Function<String, T> make) {
        return row.get(column).flatMap(text -> shared.get(column, text, () -> made(column, text, make)));
    }

    private <T> Optional<T> made(String column, String text, Function<String, T> make) {
        try {
            return Optional.of(make.apply(text));
        } catch (IllegalArgumentException e) {
            problem(column, String.valueOf(e.getMessage()));
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
