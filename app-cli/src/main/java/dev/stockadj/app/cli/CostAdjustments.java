package dev.stockadj.app.cli;

import dev.stockadj.app.wiring.ConfiguredVendor;
import dev.stockadj.core.port.in.ManageCostAdjustmentsUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * What the {@code costs} commands that manage adjustments run on: the configured vendor's cost adjustments, or
 * why there are none — a vendor without cost-only corrections (Qoyod, Order Time) is refused before anything is
 * asked of it.
 */
record CostAdjustments(Provider<Optional<ManageCostAdjustmentsUseCase>> manage, Provider<ConfiguredVendor> vendor) {
    @Inject
    CostAdjustments {
    }

    /** What a command does with the vendor's cost adjustments; returns its exit code. */
    interface Action {
        int run(ManageCostAdjustmentsUseCase manage);
    }

    /** Runs {@code action}, or prints the refusal (exit 2) when the vendor keeps no cost adjustments. */
    int run(boolean json, PrintWriter out, Action action) {
        Optional<ManageCostAdjustmentsUseCase> adjustments = manage.get();
        if (adjustments.isEmpty()) {
            return Notice.print("refused", ExitCode.INVALID, vendor.get().ports().capabilities().vendor()
                    + " keeps no cost adjustments (only Foodics does); nothing was asked of it", List.of(), json, out);
        }
        return action.run(adjustments.get());
    }
}
