package dev.stockadj.qoyod.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An adjustment request that passed validation. */
record ParsedAdjustment(long inventoryId, long revenueAccountId, long expenseAccountId, LocalDate date,
                        String description, List<Line> lines) {
    ParsedAdjustment {
        lines = List.copyOf(lines);
    }

    record Line(long productId, BigDecimal actualQuantity, BigDecimal rate) {
    }
}
