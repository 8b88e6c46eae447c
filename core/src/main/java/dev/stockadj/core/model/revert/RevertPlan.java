package dev.stockadj.core.model.revert;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.vendor.Destination;

import java.util.List;
import java.util.Objects;

/**
 * How an applied count (or a Foodics costs run, named by its key) is undone, frozen in the journal on its first
 * run: a re-run continues these steps and never plans them again, as apply continues a frozen plan.
 */
public record RevertPlan(CountReference reference, VendorName vendor, Destination destination, List<UndoStep> steps) {
    public RevertPlan {
        Objects.requireNonNull(reference, "reference is required");
        Objects.requireNonNull(vendor, "vendor is required");
        Objects.requireNonNull(destination, "destination is required");
        steps = List.copyOf(steps);
    }
}
