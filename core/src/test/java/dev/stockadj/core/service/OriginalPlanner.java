package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.vendor.AccountsPerDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.Conflict;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.Direction;
import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.plan.VarianceReport;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.Conflicted;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The planner as it was before issue 11 (a tree map of string group keys, a per-line canonical record, the book
 * index by item), with keys over {@link StringCanonical}: the oracle {@link Planner} is held to
 * ({@link AggregationProperties}).
 */
final class OriginalPlanner {
    private OriginalPlanner() {
    }

    /**
     * @param positions the count summed to the vendor's granularity ({@link Aggregation}), without problems
     * @param destination where the documents go (part of their keys)
     */
    public static PlanResult plan(StockCount count, List<CountedPosition> positions, BookQuantities books,
                                  VendorCapabilities capabilities, Destination destination, Optional<Accounts> accounts,
                                  ConflictPolicy policy) {
        OriginalCoverage index = new OriginalCoverage(books);
        List<Problem> problems = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<VarianceLine> variance = new ArrayList<>();
        List<PlannedLine> moving = new ArrayList<>();
        for (CountedPosition counted : positions.stream().sorted(Comparator.comparing(CountedPosition::position)).toList()) {
            Quantity bookNow = index.book(counted.position());
            Quantity target = counted.counted();
            if (counted.bookAtCount().isPresent() && !counted.bookAtCount().get().equals(bookNow)) {
                conflicts.add(new Conflict(counted.position(), counted.lines(), counted.bookAtCount().get(), bookNow));
                if (policy == ConflictPolicy.KEEP_DIFFERENCE) {
                    target = bookNow.plus(counted.counted().minus(counted.bookAtCount().get()));
                }
            }
            if (target.signum() < 0) {
                problems.add(new Problem(counted.lines().get(0), "counted", counted.position() + ": keeping the counted"
                        + " difference on top of the book now (" + bookNow + ") would leave " + target
                        + "; keep the counted quantity instead (keep-counted) or recount"));
                continue;
            }
            Quantity delta = target.minus(bookNow);
            Optional<Money> value = counted.unitCost()
                    .map(cost -> Money.rounded(delta.value().multiply(cost.value()), count.currency()));
            variance.add(new VarianceLine(counted.position(), counted.lines(), counted.counted(), bookNow, target,
                    delta, Direction.of(delta), counted.unitCost(), value));
            if (!delta.isZero()) {
                moving.add(new PlannedLine(counted.position(), counted.lines(), bookNow, target, counted.unitCost(),
                        counted.expires()));
            }
        }
        VarianceReport report = VarianceReport.of(variance, count.currency());
        if (!conflicts.isEmpty() && policy == ConflictPolicy.FAIL) {
            return new Conflicted(conflicts, report);
        }
        if (!moving.isEmpty() && accounts.isEmpty()) {
            problems.add(Problem.ofInput("accounts", capabilities.vendor() + " posts gains and losses to accounts:"
                    + " configure the gain and loss accounts"));
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        List<AdjustmentDocument> documents = accounts
                .map(a -> documents(count, moving, capabilities, destination, a))
                .orElse(List.of());
        return new Planned(new CountPlan(count.reference(), capabilities.vendor(), destination, count.location(),
                count.date(), OriginalKeys.fingerprint(count), report, documents));
    }

    private static List<AdjustmentDocument> documents(StockCount count, List<PlannedLine> moving,
                                                      VendorCapabilities capabilities, Destination destination,
                                                      Accounts accounts) {
        boolean byDirection = capabilities.accountsPerDocument() == AccountsPerDocument.SINGLE && !accounts.same();
        boolean byDetail = capabilities.separateDetailedLines();
        Map<String, List<PlannedLine>> groups = new TreeMap<>();
        for (PlannedLine line : moving) {
            String group = (byDirection ? line.direction().ordinal() : 0) + "/"
                    + (byDetail && line.position().detailed() ? 1 : 0);
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(line);
        }
        List<AdjustmentDocument> documents = new ArrayList<>();
        int max = capabilities.maxLinesPerDocument();
        for (List<PlannedLine> group : groups.values()) {
            for (int from = 0; from < group.size(); from += max) {
                List<PlannedLine> lines = group.subList(from, Math.min(group.size(), from + max));
                int index = documents.size();
                String content = OriginalKeys.content(capabilities.quantityMode(), count.date(), count.memo(), accounts, lines);
                documents.add(new AdjustmentDocument(index,
                        OriginalKeys.document(count.reference(), capabilities.vendor(), destination, count.location(), index,
                                content),
                        capabilities.vendor(), count.reference(), count.location(), count.date(), count.memo(),
                        capabilities.quantityMode(), accounts, lines));
            }
        }
        return documents;
    }
}
