package dev.stockadj.costadj.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A stored cost adjustment. Replaced whole on every change. */
record Adjustment(String id, String businessDate, String reference, int status, String notes, String branchId,
        String creatorId, String posterId, List<Line> lines, String createdAt, String updatedAt, String deletedAt) {

    static final int DRAFT = 1;
    static final int CLOSED = 2;

    Adjustment {
        Objects.requireNonNull(id, "id is required");
        lines = List.copyOf(lines);
    }

    boolean closed() {
        return status == CLOSED;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    /** An item of an adjustment: the cost to set and, once closed, the cost it replaced. */
    record Line(String itemId, BigDecimal cost, BigDecimal previous) {
    }
}
