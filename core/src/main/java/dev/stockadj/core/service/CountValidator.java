package dev.stockadj.core.service;

import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.vendor.VendorCapabilities;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a whole count against what the vendor can take, before anything is read or sent, and
 * reports every problem with its line.
 */
final class CountValidator {
    private CountValidator() {
    }

    public static List<Problem> validate(StockCount count, VendorCapabilities capabilities) {
        List<Problem> problems = new ArrayList<>();
        if (count.lines().isEmpty()) {
            problems.add(Problem.ofInput("", "the count has no lines"));
        }
        String vendor = capabilities.vendor().value();
        for (CountLine line : count.lines()) {
            int places = capabilities.quantityScale();
            if (line.counted().decimalPlaces() > places) {
                problems.add(new Problem(line.lineNo(), "counted", "quantity " + line.counted() + " has more than "
                        + places + " decimal places, the most " + vendor + " takes"));
            }
            line.bookAtCount().filter(book -> book.decimalPlaces() > places).ifPresent(book ->
                    problems.add(new Problem(line.lineNo(), "book", "quantity " + book + " has more than "
                            + places + " decimal places, the most " + vendor + " takes")));
            line.unitCost().filter(cost -> cost.decimalPlaces() > capabilities.costScale()).ifPresent(cost ->
                    problems.add(new Problem(line.lineNo(), "unit_cost", "unit cost " + cost + " has more than "
                            + capabilities.costScale() + " decimal places, the most " + vendor + " takes")));
        }
        return problems;
    }
}
