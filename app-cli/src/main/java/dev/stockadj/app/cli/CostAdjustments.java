package dev.stockadj.app.cli;

import dev.stockadj.app.wiring.StockAdj;
import dev.stockadj.core.port.in.ManageCostAdjustmentsUseCase;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Optional;

/**
 * The configured vendor's cost adjustments, or why there are none: a vendor without cost-only
 * corrections (Qoyod, Order Time) is refused before anything is asked of it.
 */
final class CostAdjustments {
    private final Provider<StockAdj> stockAdj;

    @Inject
    CostAdjustments(Provider<StockAdj> stockAdj) {
        this.stockAdj = stockAdj;
    }

    /** The use case, or empty when the vendor keeps no cost adjustments. */
    Optional<ManageCostAdjustmentsUseCase> manage() {
        return stockAdj.get().costAdjustments();
    }

    String refusal() {
        return stockAdj.get().vendor().ports().capabilities().vendor() + " keeps no cost adjustments"
                + " (only Foodics does); nothing was asked of it";
    }
}
