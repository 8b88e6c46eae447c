package dev.stockadj.core.service;

import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.VendorPorts;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

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
        CountLines resolved = resolve(count.lines(), problems);
        problems.addAll(vendor.references().verify(count.location(), command.accounts()));
        // Every line is fingerprinted as it is summed, while it is at hand: a pass of its own at the end would walk a
        // million lines through the heap again. Lines left out (unknown SKUs) make the count invalid, so it is whole
        // whenever a plan is made.
        Canonical fingerprint = resolved.size() == count.lines().size() ? Keys.fingerprintOf(count) : null;
        Aggregation aggregation = Aggregation.of(resolved, vendor.capabilities().binsAndLots(), fingerprint == null
                ? line -> {
                }
                : line -> Keys.fingerprintLine(fingerprint, line));
        problems.addAll(aggregation.problems());
        List<PositionCount> counted = counted(aggregation.positions());
        if (!counted.isEmpty()) {
            problems.addAll(vendor.references().verifyPositions(count.location(), counted));
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        var books = vendor.books().read(count.location(), aggregation.items());
        PlanResult result = Planner.plan(count, aggregation.positions(), books, vendor.capabilities(), vendor.destination(),
                command.accounts(), command.policy(),
                fingerprint == null ? () -> Keys.fingerprint(count) : fingerprint::sha256);
        if (result instanceof Planned planned) {
            return planned.withUnchecked(vendor.references().unchecked(count.location(), counted));
        }
        return result;
    }

    /**
     * The positions as the vendor is asked to check them, in order: a view made as it is read, not a copy, so a
     * million positions are not held a second time (some 36 MB) while the vendor checks them and the plan is made.
     */
    private static List<PositionCount> counted(CountedPositions positions) {
        return new PositionCounts(positions);
    }

    private static final class PositionCounts extends AbstractList<PositionCount> implements RandomAccess {
        private final CountedPositions positions;

        PositionCounts(CountedPositions positions) {
            this.positions = positions;
        }

        @Override
        public PositionCount get(int index) {
            CountedPosition p = positions.get(index);
            return new PositionCount(p.position(), p.lines(), p.counted(), p.expires());
        }

        @Override
        public int size() {
            return positions.size();
        }
    }

    /**
     * The lines with their SKUs replaced by vendor items; a line whose SKU is unknown is left out, as a problem.
     * A view, not a copy: a line's item is looked up as the line is read, so a million-line count is not held twice
     * and no line is made anew.
     */
    private CountLines resolve(List<CountLine> lines, List<Problem> problems) {
        Skus found = Skus.resolve(vendor.items(), lines, CountLine::item);
        int[] kept = new int[lines.size()];
        int size = 0;
        for (int i = 0; i < lines.size(); i++) {
            CountLine line = lines.get(i);
            if (line.item() instanceof Sku sku && found.itemOfLine(i) == null) {
                problems.add(new Problem(line.lineNo(), "sku", "SKU '" + sku + "' is not known to "
                        + vendor.capabilities().vendor()));
            } else {
                kept[size++] = i;
            }
        }
        int[] indexes = size == kept.length ? null : Arrays.copyOf(kept, size);
        int count = size;
        return new CountLines() {
            @Override
            public int size() {
                return count;
            }

            @Override
            public CountLine line(int index) {
                return lines.get(indexes == null ? index : indexes[index]);
            }

            @Override
            public ItemId item(int index) {
                int at = indexes == null ? index : indexes[index];
                ItemRef item = lines.get(at).item();
                return item instanceof Sku ? found.itemOfLine(at) : (ItemId) item;
            }
        };
    }
}
