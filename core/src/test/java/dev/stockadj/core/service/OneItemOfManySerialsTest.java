package dev.stockadj.core.service;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.testing.InMemoryVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One item counted by a hundred thousand serials (lots), against a book that holds them: the overlap check and the
 * book's sums work per serial, not per pair of serials. Before, both compared every serial with every other one of
 * the item (ten billion comparisons: 157 s for the overlap check alone at 100,000 lots through the Order Time
 * sandbox). The time-out, on a thread of its own so that it ends a test that loops, guards against that coming
 * back; it is not a measurement.
 */
class OneItemOfManySerialsTest {
    private static final int SERIALS = 100_000;
    private static final ItemId PHONE = new ItemId("PHONE-X");
    private static final VendorCapabilities DELTA = InMemoryVendor.deltaCapabilities(200);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHundredThousandSerialsOfOneItemPlanSerialBySerial() {
        List<CountLine> lines = new ArrayList<>();
        Map<Position, Quantity> book = new HashMap<>();
        for (int i = 0; i < SERIALS; i++) {
            Optional<LotNumber> serial = Optional.of(new LotNumber(String.format("SN-%06d", i)));
            lines.add(new CountLine(i + 1, PHONE, Quantity.of(1), Optional.empty(), Optional.empty(), Optional.empty(),
                    serial, Optional.empty()));
            if (i % 10_000 != 0) {
                book.put(new Position(PHONE, Optional.of(new Bin("A")), serial), Quantity.of(1));
            }
        }
        book.put(new Position(PHONE, Optional.of(new Bin("A")), Optional.of(new LotNumber("SN-GONE"))), Quantity.of(1));

        Aggregation aggregation = Aggregation.of(lines, true);
        StockCount count = new StockCount(new CountReference("serials"), new LocationId("10"), LocalDate.of(2026, 11, 26),
                "", Currency.getInstance("SAR"), lines);
        CountPlan plan = ((Planned) Planner.plan(count, aggregation.positions(), new BookQuantities(book), DELTA,
                Destination.of(DELTA.vendor()), Optional.of(new Accounts(new AccountId("32"), new AccountId("33"))),
                ConflictPolicy.FAIL)).plan();

        assertThat(aggregation.problems()).isEmpty();
        assertThat(aggregation.positions()).hasSize(SERIALS);
        List<PlannedLine> moving = plan.documents().stream().flatMap(d -> d.lines().stream()).toList();
        assertThat(moving).as("the ten serials the book lacked; every other one matched its book in bin A")
                .hasSize(10).allSatisfy(line -> {
                    assertThat(line.book()).isEqualTo(Quantity.ZERO);
                    assertThat(line.target()).isEqualTo(Quantity.of(1));
                });
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSerialCountedInNoBinAndInABinIsOneOverlapAmongAHundredThousand() {
        List<CountLine> lines = new ArrayList<>();
        for (int i = 0; i < SERIALS; i++) {
            lines.add(new CountLine(i + 1, PHONE, Quantity.of(1), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(new LotNumber(String.format("SN-%06d", i))), Optional.empty()));
        }
        lines.add(new CountLine(SERIALS + 1, PHONE, Quantity.of(1), Optional.empty(), Optional.empty(),
                Optional.of(new Bin("A")), Optional.of(new LotNumber("SN-000042")), Optional.empty()));

        Aggregation aggregation = Aggregation.of(lines, true);

        assertThat(aggregation.problems()).extracting(Problem::message).containsExactly("lines [43] count PHONE-X lot"
                + " SN-000042 as a whole while lines [100001] count PHONE-X bin A lot SN-000042 within it; count each"
                + " bin or lot once");
    }
}
