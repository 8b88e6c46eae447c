package dev.stockadj.core.service;

import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.plan.VarianceReport;
import dev.stockadj.core.model.vendor.AccountsPerDocument;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.Conflicted;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The pure, deterministic plan: (count, book quantities, capabilities, destination, accounts, conflict policy)
 * → the variance report and the documents exactly as they will be sent.
 *
 * <p>One walk over the positions in order ({@link PlanWalk}): each one's variance line and planned line, and each
 * moving line's record of its document's content written ahead; then the documents, split in order, each hashed
 * once from those records. Each position's records share its
 * position, line numbers, quantities and optional values rather than copying them.
 */
final class Planner {
    private Planner() {
    }

    /**
     * @param positions the count summed to the vendor's granularity ({@link Aggregation}), without problems
     * @param destination where the documents go (part of their keys)
     */
    public static PlanResult plan(StockCount count, List<CountedPosition> positions, BookQuantities books,
                                  VendorCapabilities capabilities, Destination destination, Optional<Accounts> accounts,
                                  ConflictPolicy policy) {
        return plan(count, positions, books, capabilities, destination, accounts, policy, () -> Keys.fingerprint(count));
    }

    /** @param fingerprint the count's fingerprint ({@link Keys#fingerprint}), asked for once, when the count plans */
    static PlanResult plan(StockCount count, List<CountedPosition> positions, BookQuantities books,
                           VendorCapabilities capabilities, Destination destination, Optional<Accounts> accounts,
                           ConflictPolicy policy, Supplier<String> fingerprint) {
        PlanWalk walk = PlanWalk.of(count, CountedPositions.of(positions), books, policy,
                accounts.isPresent());
        VarianceReport report = VarianceReport.of(walk.variance(), count.currency());
        List<Problem> problems = new ArrayList<>(present(walk.problems()));
        if (walk.conflicts() != null && policy == ConflictPolicy.FAIL) {
            return new Conflicted(present(walk.conflicts()), report);
        }
        if (walk.moves() > 0 && accounts.isEmpty()) {
            problems.add(Problem.ofInput("accounts", capabilities.vendor() + " posts gains and losses to accounts:"
                    + " configure the gain and loss accounts"));
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        List<AdjustmentDocument> documents = accounts
                .map(a -> documents(count, walk, capabilities, destination, a))
                .orElse(List.of());
        return new Planned(new CountPlan(count.reference(), capabilities.vendor(), destination, count.location(),
                count.date(), fingerprint.get(), report, documents));
    }

    /** The entries of an array indexed by the plan's order that are there, in that order. */
    private static <T> List<T> present(T[] byOrder) {
        if (byOrder == null) {
            return List.of();
        }
        return Arrays.stream(byOrder).filter(Objects::nonNull).toList();
    }

    /**
     * Documents in order: split by direction where the vendor takes one account per document and the two differ,
     * apart where the vendor keeps lines with bin or lot details from lines without, then by max lines.
     */
    private static List<AdjustmentDocument> documents(StockCount count, PlanWalk walk, VendorCapabilities capabilities,
                                                      Destination destination, Accounts accounts) {
        boolean byDirection = capabilities.accountsPerDocument() == AccountsPerDocument.SINGLE && !accounts.same();
        boolean byDetail = capabilities.separateDetailedLines();
        PlannedLine[] moving = walk.moving();
        List<AdjustmentDocument> documents = new ArrayList<>();
        int max = capabilities.maxLinesPerDocument();
        int[][] places = walk.placesByGroup(byDirection, byDetail);
        for (int[] ranks : places) {
            for (int from = 0; from < ranks.length; from += max) {
                int to = Math.min(ranks.length, from + max);
                PlannedLine[] lines = new PlannedLine[to - from];
                Canonical content = Keys.content(capabilities.quantityMode(), count.date(), count.memo(), accounts);
                for (int i = from; i < to; i++) {
                    lines[i - from] = moving[ranks[i]];
                    walk.writeContent(content, ranks[i]);
                }
                int index = documents.size();
                documents.add(new AdjustmentDocument(index,
                        Keys.document(count.reference(), capabilities.vendor(), destination, count.location(), index,
                                content.sha256()),
                        capabilities.vendor(), count.reference(), count.location(), count.date(), count.memo(),
                        capabilities.quantityMode(), accounts, Arrays.asList(lines)));
            }
        }
        return documents;
    }
}
