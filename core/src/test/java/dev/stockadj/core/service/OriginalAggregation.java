package dev.stockadj.core.service;

import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The aggregation as it was before issue 11 (tree maps of positions, a group object and lists per position): the
 * oracle {@link Aggregation} is held to, position for position and problem for problem ({@link AggregationProperties}).
 */
final class OriginalAggregation {
    private final List<Problem> problems = new ArrayList<>();
    private final List<CountedPosition> positions;

    private OriginalAggregation(List<CountLine> lines, boolean binsAndLots) {
        List<CountedPosition> fine = sum(lines);
        positions = binsAndLots ? checkOverlaps(fine) : coarsen(fine);
    }

    /** Every line must name its item by {@link ItemId} (SKUs resolved first). */
    public static OriginalAggregation of(List<CountLine> lines, boolean binsAndLots) {
        return new OriginalAggregation(lines, binsAndLots);
    }

    public List<CountedPosition> positions() {
        return positions;
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One pass over the lines, each position accumulating as it goes (its line numbers, the sum, and the first book,
     * cost and expiry with any value that disagrees): a large count is summed without a list of lines per position.
     */
    private List<CountedPosition> sum(List<CountLine> lines) {
        Map<Position, Group> byPosition = new TreeMap<>();
        for (CountLine line : lines) {
            if (!(line.item() instanceof ItemId item)) {
                throw new IllegalArgumentException("line " + line.lineNo() + " names an unresolved SKU");
            }
            byPosition.computeIfAbsent(new Position(item, line.bin(), line.lot()), Group::new).add(line);
        }
        List<CountedPosition> result = new ArrayList<>(byPosition.size());
        byPosition.values().forEach(group -> result.add(new CountedPosition(group.position, group.lineNumbers(),
                group.counted, agreed(group, group.book, "book"), agreed(group, group.cost, "unit_cost"),
                agreed(group, group.expires, "expires"))));
        return result;
    }

    private <T> Optional<T> agreed(Group group, List<T> values, String name) {
        if (values.size() > 1) {
            List<Integer> lineNos = group.lineNumbers();
            problems.add(new Problem(lineNos.get(0), name, "lines "
                    + lineNos.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " count " + group.position + " with different " + name + " values " + values));
        }
        return values.stream().findFirst();
    }

    /** The lines of one position, summed as they come; a field's values are kept only while they differ. */
    private static final class Group {
        final Position position;
        int[] lineNos = new int[1];
        int size;
        Quantity counted = Quantity.ZERO;
        List<Quantity> book = List.of();
        List<UnitCost> cost = List.of();
        List<LocalDate> expires = List.of();

        Group(Position position) {
            this.position = position;
        }

        void add(CountLine line) {
            if (size == lineNos.length) {
                lineNos = Arrays.copyOf(lineNos, size * 2);
            }
            lineNos[size++] = line.lineNo();
            counted = size == 1 ? line.counted() : counted.plus(line.counted());
            book = distinct(book, line.bookAtCount());
            cost = distinct(cost, line.unitCost());
            expires = distinct(expires, line.expires());
        }

        List<Integer> lineNumbers() {
            return size == 1 ? List.of(lineNos[0]) : Arrays.stream(lineNos, 0, size).boxed().toList();
        }

        /** The distinct values so far, in the order they came; the same list while nothing new comes. */
        private static <T> List<T> distinct(List<T> values, Optional<T> value) {
            if (value.isEmpty() || values.contains(value.get())) {
                return values;
            }
            if (values.isEmpty()) {
                return List.of(value.get());
            }
            List<T> more = new ArrayList<>(values);
            more.add(value.get());
            return more;
        }
    }

    private List<CountedPosition> coarsen(List<CountedPosition> fine) {
        Map<Position, List<CountedPosition>> byItem = new TreeMap<>();
        fine.forEach(p -> byItem.computeIfAbsent(p.position().coarse(), k -> new ArrayList<>()).add(p));
        List<CountedPosition> result = new ArrayList<>();
        byItem.forEach((item, group) -> {
            List<Integer> lineNos = group.stream().flatMap(p -> p.lines().stream()).sorted().toList();
            Quantity counted = group.stream().map(CountedPosition::counted).reduce(Quantity.ZERO, Quantity::plus);
            boolean everyBook = group.stream().allMatch(p -> p.bookAtCount().isPresent());
            Optional<Quantity> book = everyBook
                    ? Optional.of(group.stream().map(p -> p.bookAtCount().orElseThrow()).reduce(Quantity.ZERO, Quantity::plus))
                    : Optional.empty();
            List<UnitCost> costs = group.stream().map(CountedPosition::unitCost).flatMap(Optional::stream)
                    .distinct().toList();
            if (costs.size() > 1) {
                problems.add(new Problem(lineNos.get(0), "unit_cost", "lines " + lineNos + " count " + item
                        + " in several bins or lots at different unit costs " + costs
                        + "; this vendor tracks one quantity and one cost per item"));
            }
            result.add(new CountedPosition(item, lineNos, counted, book, costs.stream().findFirst(),
                    Optional.<LocalDate>empty()));
        });
        return result;
    }

    private List<CountedPosition> checkOverlaps(List<CountedPosition> fine) {
        Map<ItemId, List<CountedPosition>> byItem = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        fine.forEach(p -> byItem.computeIfAbsent(p.position().item(), k -> new ArrayList<>()).add(p));
        byItem.values().forEach(group -> {
            for (CountedPosition wide : group) {
                for (CountedPosition narrow : group) {
                    if (wide != narrow && Coverage.covers(wide.position(), narrow.position())) {
                        problems.add(new Problem(wide.lines().get(0), "bin", "lines " + wide.lines() + " count "
                                + wide.position() + " as a whole while lines " + narrow.lines() + " count "
                                + narrow.position() + " within it; count each bin or lot once"));
                    }
                }
            }
        });
        return fine;
    }
}
