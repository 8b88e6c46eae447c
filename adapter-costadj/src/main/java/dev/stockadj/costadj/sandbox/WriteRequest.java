package dev.stockadj.costadj.sandbox;

import java.math.BigDecimal;
import java.util.List;

/** A validated create or update body. */
record WriteRequest(String businessDate, int status, String reference, String notes, String branchId,
        String creatorId, String posterId, List<ItemCost> items) {

    WriteRequest {
        items = List.copyOf(items);
    }

    record ItemCost(String itemId, BigDecimal cost) {
    }
}
