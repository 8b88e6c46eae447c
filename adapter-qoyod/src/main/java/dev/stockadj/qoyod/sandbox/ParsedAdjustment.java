package dev.stockadj.qoyod.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An adjustment request that passed validation. */
record ParsedAdjustment(long inventoryId, long revenueAccountId, long expenseAccountId, LocalDate date,
                        String description, List<Line> lines) {
    ParsedAdjustment {
        lines = List.copyOf(lines);
    }

    /** @param currentQty the system quantity the caller counted against ({@code current_qty}), when it sent one */
    record Line(long productId, BigDecimal actualQuantity, BigDecimal rate, Optional<BigDecimal> currentQty) {
    }
}
