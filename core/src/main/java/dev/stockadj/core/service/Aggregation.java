package dev.stockadj.core.service;

import dev.stockadj.core.model.CountLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sums a count's lines per position (item, bin, lot), then, for a vendor without bins and lots,
 * per item. Lines that disagree about a position (two unit costs, two expiry dates, two book
 * quantities) and counts that name an item both as a whole and by bin or lot are problems.
 */
public final class Aggregation {
    private final List<Problem> problems = new ArrayList<>();
    private final List<CountedPosition> positions;

    private Aggregation(List<CountLine> lines, boolean binsAndLots) {
        List<CountedPosition> fine = sum(lines);
        positions = binsAndLots ? checkOverlaps(fine) : coarsen(fine);
    }

    /** Every line must name its item by {@link ItemId} (SKUs resolved first). */
    public static Aggregation of(List<CountLine> lines, boolean binsAndLots) {
        return new Aggregation(lines, binsAndLots);
    }

    public List<CountedPosition> positions() {
        return positions;
    }

    public List<Problem> problems() {
        return problems;
    }

    private List<CountedPosition> sum(List<CountLine> lines) {
        Map<Position, List<CountLine>> byPosition = new TreeMap<>();
        for (CountLine line : lines) {
            if (!(line.item() instanceof ItemId item)) {
                throw new IllegalArgumentException("line " + line.lineNo() + " names an unresolved SKU");
            }
            byPosition.computeIfAbsent(new Position(item, line.bin(), line.lot()), p -> new ArrayList<>()).add(line);
        }
        List<CountedPosition> result = new ArrayList<>();
        byPosition.forEach((position, group) -> {
            List<Integer> lineNos = group.stream().map(CountLine::lineNo).toList();
            Quantity counted = group.stream().map(CountLine::counted).reduce(Quantity.ZERO, Quantity::plus);
            result.add(new CountedPosition(position, lineNos, counted,
                    agreed(group, CountLine::bookAtCount, "book", position),
                    agreed(group, CountLine::unitCost, "unit_cost", position),
                    agreed(group, CountLine::expires, "expires", position)));
        });
        return result;
    }

    private <T> Optional<T> agreed(List<CountLine> group, Function<CountLine, Optional<T>> field, String name,
                                   Position position) {
        List<T> values = group.stream().map(field).flatMap(Optional::stream).distinct().toList();
        if (values.size() > 1) {
            problems.add(new Problem(group.get(0).lineNo(), name, "lines "
                    + group.stream().map(l -> String.valueOf(l.lineNo())).collect(Collectors.joining(", "))
                    + " count " + position + " with different " + name + " values " + values));
        }
        return values.stream().findFirst();
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
