package dev.stockadj.journal;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.plan.VarianceReport;
import dev.stockadj.core.model.vendor.QuantityMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** A plan whose JSON is several parts long ({@link PartWriter#PART_CHARS}), for the journals' tests. */
final class LargePlans {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    private static final Currency SAR = Currency.getInstance("SAR");

    private LargePlans() {
    }

    /**
     * {@code lines} items each moved from a book of 3 to a count of 5 at 2.25, 500 a document, keyed
     * {@code sa1-<keyLetter>0…0<n>} ({@code keyLetter} a hex digit).
     */
    static CountPlan plan(String reference, char keyLetter, int lines) {
        CountReference ref = new CountReference(reference);
        List<VarianceLine> variance = new ArrayList<>();
        List<AdjustmentDocument> documents = new ArrayList<>();
        List<PlannedLine> moving = new ArrayList<>();
        Optional<UnitCost> cost = Optional.of(UnitCost.of("2.25"));
        for (int n = 1; n <= lines; n++) {
            Position item = Position.of(new ItemId(String.valueOf(100_000 + n)));
            VarianceLine line = new VarianceLine(item, List.of(n), Quantity.of(5), Quantity.of(3), Quantity.of(5),
                    Quantity.of(2), dev.stockadj.core.model.plan.Direction.GAIN, cost,
                    Optional.of(new dev.stockadj.core.model.Money(new java.math.BigDecimal("4.50"), SAR)));
            variance.add(line);
            moving.add(new PlannedLine(item, List.of(n), Quantity.of(3), Quantity.of(5), cost, Optional.empty()));
            if (moving.size() == 500 || n == lines) {
                documents.add(new AdjustmentDocument(documents.size(), new IdempotencyKey(String.format("sa1-%c%023d",
                        keyLetter, documents.size())), new VendorName("qoyod"), ref, new LocationId("12"), DATE,
                        "", QuantityMode.ABSOLUTE, new Accounts(new AccountId("301"), new AccountId("502")), moving));
                moving = new ArrayList<>();
            }
        }
        return new CountPlan(ref, new VendorName("qoyod"), JdbcJournalTest.QOYOD, new LocationId("12"), DATE, "abc",
                VarianceReport.of(variance, SAR), documents);
    }
}
