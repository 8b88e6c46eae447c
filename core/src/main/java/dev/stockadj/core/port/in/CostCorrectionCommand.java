package dev.stockadj.core.port.in;

import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.LocationId;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Correct the unit cost of items at a branch on a business date.
 *
 * @param draft leave the adjustment a draft (to review and close later) instead of closing it
 */
public record CostCorrectionCommand(LocationId branch, LocalDate businessDate, String notes, boolean draft,
                                    Currency currency, List<CostLine> lines) {
    public CostCorrectionCommand {
        Objects.requireNonNull(branch, "branch is required");
        Objects.requireNonNull(businessDate, "business date is required");
        notes = notes == null ? "" : notes.strip();
        Objects.requireNonNull(currency, "currency is required");
        lines = List.copyOf(lines);
    }
}
