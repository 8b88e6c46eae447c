package dev.stockadj.core.service;

import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.VendorPorts;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Planning a count against the vendor: validate the whole input, resolve SKUs, check the
 * location and accounts, sum the lines that resolved and have the vendor check the positions they
 * name; only when all of that found nothing wrong, read the book quantities and plan. Every
 * problem of the input is reported in one {@link Invalid}, so no document of a plan is refused
 * later for something the input could have told; nothing is sent.
 */
final class CountPlanning {
    private final VendorPorts vendor;

    CountPlanning(VendorPorts vendor) {
        this.vendor = vendor;
    }

    /**
     * The check made before anything else, without asking the vendor: why this vendor takes no
     * counts, if it takes none. Planning starts with it; applying asks it before the journal.
     */
    Optional<Refused> refusal() {
        if (vendor.posting().isEmpty()) {
            return Optional.of(new Refused(vendor.capabilities().vendor() + " takes no stock quantities: it records"
                    + " cost corrections only"));
        }
        return Optional.empty();
    }

    /** Plans within one read snapshot: the vendor may answer each step from what an earlier step read. */
    PlanResult plan(CountCommand command) {
        Optional<Refused> refusal = refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return vendor.snapshots().within(() -> planWithVendor(command));
    }

    private PlanResult planWithVendor(CountCommand command) {
        StockCount count = command.count();
        List<Problem> problems = new ArrayList<>(CountValidator.validate(count, vendor.capabilities()));
        List<CountLine> resolved = resolve(count.lines(), problems);
        problems.addAll(vendor.references().verify(count.location(), command.accounts()));
        Aggregation aggregation = Aggregation.of(resolved, vendor.capabilities().binsAndLots());
        problems.addAll(aggregation.problems());
        problems.addAll(verify(count, aggregation.positions()));
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        Set<ItemId> items = new LinkedHashSet<>();
        aggregation.positions().forEach(p -> items.add(p.position().item()));
        var books = vendor.books().read(count.location(), items);
        PlanResult result = Planner.plan(count, aggregation.positions(), books, vendor.capabilities(), vendor.destination(),
                command.accounts(), command.policy());
        if (result instanceof Planned planned) {
            return planned.withUnchecked(vendor.references().unchecked(count.location(),
                    counted(aggregation.positions())));
        }
        return result;
    }

    /** What the vendor would refuse about the positions counted, whatever their book quantities. */
    private List<Problem> verify(StockCount count, List<CountedPosition> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        return vendor.references().verifyPositions(count.location(), counted(positions));
    }

    private static List<PositionCount> counted(List<CountedPosition> positions) {
        return positions.stream().map(p -> new PositionCount(p.position(), p.lines(), p.counted(), p.expires())).toList();
    }

    /**
     * The lines with their SKUs replaced by vendor items; a line whose SKU is unknown is left out, as a problem.
     * A view, not a copy: a line is given its item as it is read, so a million-line count is not held twice.
     */
    private List<CountLine> resolve(List<CountLine> lines, List<Problem> problems) {
        ItemResolution resolution = Skus.resolve(vendor.items(), lines.stream().map(CountLine::item).toList());
        int[] kept = new int[lines.size()];
        int size = 0;
        for (int i = 0; i < lines.size(); i++) {
            CountLine line = lines.get(i);
            if (line.item() instanceof Sku sku && !resolution.found().containsKey(sku)) {
                problems.add(new Problem(line.lineNo(), "sku", "SKU '" + sku + "' is not known to "
                        + vendor.capabilities().vendor()));
            } else {
                kept[size++] = i;
            }
        }
        int[] indexes = Arrays.copyOf(kept, size);
        return new AbstractList<>() {
            @Override
            public CountLine get(int index) {
                CountLine line = lines.get(indexes[index]);
                return line.item() instanceof Sku sku ? line.withItem(resolution.found().get(sku)) : line;
            }

            @Override
            public int size() {
                return indexes.length;
            }
        };
    }
}
