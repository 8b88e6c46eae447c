package dev.stockadj.qoyod;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.VendorName;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Adjustment documents for the tests. */
final class Documents {
    static final IdempotencyKey KEY = new IdempotencyKey("sa1-0123456789abcdef01234567");
    static final Accounts ACCOUNTS = new Accounts(new AccountId("301"), new AccountId("502"));

    private Documents() {
    }

    static PlannedLine line(String productId, String book, String target, String unitCost) {
        return new PlannedLine(Position.of(new ItemId(productId)), List.of(1), Quantity.of(book), Quantity.of(target),
                Optional.ofNullable(unitCost).map(UnitCost::of), Optional.empty());
    }

    static AdjustmentDocument document(String location, PlannedLine... lines) {
        return new AdjustmentDocument(0, KEY, new VendorName("qoyod"), new CountReference("count-2026-05-18"),
                new LocationId(location), LocalDate.of(2026, 5, 18), "Post-count correction — warehouse A",
                QuantityMode.ABSOLUTE, ACCOUNTS, List.of(lines));
    }

    /** The vendor document's own example: inventory 12, accounts 301/502, 88 → 50 at 12.50, 91 → 120 at 4.00. */
    static AdjustmentDocument vendorExample() {
        return document("12", line("88", "40", "50", "12.50"), line("91", "130", "120", "4.00"));
    }
}
