package dev.stockadj.core.service;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AggregationTest {
    private static final ItemId ITEM = new ItemId("37");

    private static CountLine line(int no, String qty, String cost, String bin, String lot, LocalDate expires) {
        return new CountLine(no, ITEM, Quantity.of(qty), Optional.ofNullable(cost).map(UnitCost::of), Optional.empty(),
                Optional.ofNullable(bin).map(Bin::new), Optional.ofNullable(lot).map(LotNumber::new),
                Optional.ofNullable(expires));
    }

    @Test
    void sumsLinesForTheSamePositionAndRemembersThem() {
        Aggregation aggregation = Aggregation.of(List.of(line(1, "2", "5", "A", "L1", null),
                line(4, "3", "5", "A", "L1", null)), true);

        assertThat(aggregation.problems()).isEmpty();
        assertThat(aggregation.positions()).singleElement().satisfies(p -> {
            assertThat(p.counted()).isEqualTo(Quantity.of(5));
            assertThat(p.lines()).containsExactly(1, 4);
        });
    }

    @Test
    void reportsLinesThatDisagreeAboutCostOrExpiry() {
        Aggregation aggregation = Aggregation.of(List.of(line(1, "2", "5", "A", "L1", LocalDate.of(2027, 1, 1)),
                line(2, "3", "6", "A", "L1", LocalDate.of(2027, 2, 1))), true);

        assertThat(aggregation.problems()).extracting(Problem::field).containsExactlyInAnyOrder("unit_cost", "expires");
    }

    @Test
    void reportsAnItemCountedAsAWholeAndWithinABin() {
        Aggregation aggregation = Aggregation.of(List.of(line(1, "2", null, null, null, null),
                line(2, "3", null, "A", null, null)), true);

        assertThat(aggregation.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("as a whole"));
    }

    @Test
    void coarsensBinsAndLotsToTheItemForAVendorWithoutThem() {
        Aggregation aggregation = Aggregation.of(List.of(line(1, "2", "5", "A", "L1", null),
                line(2, "3", "5", "B", null, null)), false);

        assertThat(aggregation.problems()).isEmpty();
        assertThat(aggregation.positions()).singleElement().satisfies(p -> {
            assertThat(p.position().detailed()).isFalse();
            assertThat(p.counted()).isEqualTo(Quantity.of(5));
        });
    }

    @Test
    void refusesTwoCostsForOneItemOnAVendorWithoutBins() {
        Aggregation aggregation = Aggregation.of(List.of(line(1, "2", "5", "A", null, null),
                line(2, "3", "7", "B", null, null)), false);

        assertThat(aggregation.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("unit_cost"));
    }
}
