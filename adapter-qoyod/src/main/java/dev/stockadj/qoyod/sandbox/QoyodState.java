package dev.stockadj.qoyod.sandbox;

import dev.stockadj.plumbing.sandbox.StateFile;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a Qoyod sandbox keeps between runs (its {@link StateFile}): everything a later request could see —
 * inventories, accounts, products, stock, the adjustments stored — and the next ids it hands out. Not the rate
 * window, armed failures or the request log.
 */
record QoyodState(String vendor, int format, List<SandboxData.Inventory> inventories,
                  List<SandboxData.Account> accounts, List<SandboxProduct> products,
                  Map<Long, Map<Long, BigDecimal>> stock, List<Adjustment> adjustments, long nextAdjustmentId,
                  long nextLineId) {
    static final String VENDOR = "qoyod";
    static final int FORMAT = 1;

    QoyodState {
        StateFile.requireKind("a Qoyod", VENDOR, FORMAT, vendor, format);
        inventories = List.copyOf(inventories);
        accounts = List.copyOf(accounts);
        products = List.copyOf(products);
        TreeMap<Long, Map<Long, BigDecimal>> sorted = new TreeMap<>();
        stock.forEach((product, held) -> sorted.put(product, Collections.unmodifiableMap(new TreeMap<>(held))));
        stock = Collections.unmodifiableMap(sorted);
        adjustments = List.copyOf(adjustments);
    }

    /** A stored adjustment: the ids Qoyod gave it and what was posted. */
    record Adjustment(long id, List<Long> lineIds, long inventoryId, long revenueAccountId, long expenseAccountId,
                      String date, String description, List<Line> lines) {
        Adjustment {
            lineIds = List.copyOf(lineIds);
            Objects.requireNonNull(date, "date is required");
            Objects.requireNonNull(description, "description is required");
            lines = List.copyOf(lines);
            if (lines.size() != lineIds.size()) {
                throw new IllegalArgumentException("adjustment " + id + " has " + lines.size() + " lines and "
                        + lineIds.size() + " line ids");
            }
        }
    }

    /** @param currentQty absent ({@code null}) when the caller sent none */
    record Line(long productId, BigDecimal actualQuantity, BigDecimal rate, BigDecimal currentQty) {
        Line {
            Objects.requireNonNull(actualQuantity, "actual_quantity is required");
            Objects.requireNonNull(rate, "rate is required");
        }
    }
}
