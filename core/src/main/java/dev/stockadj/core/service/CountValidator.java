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
        int places = capabilities.quantityScale();
        List<CountLine> lines = count.lines();
        for (int i = 0; i < lines.size(); i++) {
            CountLine line = lines.get(i);
            if (line.counted().decimalPlaces() > places) {
                problems.add(new Problem(line.lineNo(), "counted", "quantity " + line.counted() + " has more than "
                        + places + " decimal places, the most " + vendor + " takes"));
            }
            if (line.bookAtCount().isPresent() && line.bookAtCount().get().decimalPlaces() > places) {
                problems.add(new Problem(line.lineNo(), "book", "quantity " + line.bookAtCount().get()
                        + " has more than " + places + " decimal places, the most " + vendor + " takes"));
            }
            if (line.unitCost().isPresent() && line.unitCost().get().decimalPlaces() > capabilities.costScale()) {
                problems.add(new Problem(line.lineNo(), "unit_cost", "unit cost " + line.unitCost().get()
                        + " has more than " + capabilities.costScale() + " decimal places, the most " + vendor
                        + " takes"));
            }
        }
        return problems;
    }
}
