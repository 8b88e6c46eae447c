package dev.stockadj.core.service;

import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.Conflict;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.vendor.AccountsPerDocument;
import dev.stockadj.core.model.vendor.VendorCapabilities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counter-documents for a vendor that deletes nothing (Qoyod): each position of the count's applied documents set
 * back to the book quantity its frozen plan recorded. A position no longer at the count's target moved since it was
 * applied: that is a conflict, handled by the policy exactly as apply handles stock that moved while counting
 * ({@code keep-counted}: back to the book all the same; {@code keep-difference}: the count's difference taken off
 * what is there now). A position already back at its book is left alone.
 */
final class RevertPlanner {
    static final String MEMO = "revert";

    /** The counter-documents, or the conflicts under {@code fail}, or the problems (a position that would go below 0). */
    record Result(List<AdjustmentDocument> documents, List<Conflict> conflicts, List<Problem> problems) {
    }

    private RevertPlanner() {
    }

    static Result plan(CountPlan plan, List<AdjustmentDocument> applied, BookQuantities now, ConflictPolicy policy,
                       VendorCapabilities capabilities, LocalDate date) {
        Coverage.Index index = new Coverage.Index(now);
        List<Conflict> conflicts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, List<PlannedLine>> groups = new TreeMap<>();
        Map<String, Accounts> accounts = new TreeMap<>();
        for (AdjustmentDocument document : applied) {
            for (PlannedLine line : document.lines()) {
                Quantity current = index.book(line.position());
                Quantity target = line.book();
                if (!current.equals(line.target())) {
                    conflicts.add(new Conflict(line.position(), line.sourceLines(), line.target(), current));
                    if (policy == ConflictPolicy.KEEP_DIFFERENCE) {
                        target = current.minus(line.delta());
                    }
                }
                if (target.signum() < 0) {
                    problems.add(new Problem(line.sourceLines().isEmpty() ? 0 : line.sourceLines().get(0), "counted",
                            line.position() + ": taking the count's difference (" + line.delta() + ") off what is there"
                                    + " now (" + current + ") would leave " + target + "; set it back to its book instead"
                                    + " (keep-counted)"));
                    continue;
                }
                if (current.equals(target)) {
                    continue;
                }
                PlannedLine back = new PlannedLine(line.position(), line.sourceLines(), current, target,
                        line.unitCost(), line.expires());
                String group = group(document.accounts(), back, capabilities);
                groups.computeIfAbsent(group, g -> new ArrayList<>()).add(back);
                accounts.put(group, document.accounts());
            }
        }
        if (!conflicts.isEmpty() && policy == ConflictPolicy.FAIL) {
            return new Result(List.of(), conflicts, List.of());
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), conflicts, problems);
        }
        return new Result(documents(plan, groups, accounts, capabilities, date), conflicts, List.of());
    }

    /** As the planner groups a count's lines: by account pair, by direction for one-account vendors, by details. */
    private static String group(Accounts accounts, PlannedLine line, VendorCapabilities capabilities) {
        boolean byDirection = capabilities.accountsPerDocument() == AccountsPerDocument.SINGLE && !accounts.same();
        boolean byDetail = capabilities.separateDetailedLines() && line.position().detailed();
        return accounts.gain().value() + "\u001f" + accounts.loss().value() + "\u001f"
                + (byDirection ? line.direction().ordinal() : 0) + "/" + (byDetail ? 1 : 0);
    }

    private static List<AdjustmentDocument> documents(CountPlan plan, Map<String, List<PlannedLine>> groups,
                                                      Map<String, Accounts> accounts, VendorCapabilities capabilities,
                                                      LocalDate date) {
        List<AdjustmentDocument> documents = new ArrayList<>();
        int max = capabilities.maxLinesPerDocument();
        groups.forEach((group, lines) -> {
            for (int from = 0; from < lines.size(); from += max) {
                List<PlannedLine> part = lines.subList(from, Math.min(lines.size(), from + max));
                int index = documents.size();
                Accounts pair = accounts.get(group);
                String content = Keys.content(capabilities.quantityMode(), date, MEMO, pair, part);
                documents.add(new AdjustmentDocument(index,
                        RevertKeys.step(plan.reference(), plan.vendor(), plan.destination(), index, content),
                        plan.vendor(), plan.reference(), plan.location(), date, MEMO, capabilities.quantityMode(),
                        pair, part));
            }
        });
        return documents;
    }
}
