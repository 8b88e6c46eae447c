package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.aolib.sandbox.RowVariant;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.port.out.PositionCount;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What Order Time would refuse about a count's positions whatever their stock, reported on the count's
 * lines before anything is read or sent, in three batched list queries at most (items, bins, lot records).
 */
class VerifyPositionsTest extends SandboxedAdapterTest {

    private static PositionCount counted(Position position, String quantity, Integer... lines) {
        return new PositionCount(position, List.of(lines), Quantity.of(quantity));
    }

    private static PositionCount expiring(Position position, String quantity, String expires, Integer... lines) {
        return new PositionCount(position, List.of(lines), Quantity.of(quantity), Optional.of(LocalDate.parse(expires)));
    }

    @Test
    void theExampleCountsPositionsAreAllTaken() {
        List<PositionCount> positions = List.of(
                counted(Fixtures.at(OrderTimeSeed.WIDGET, null, null), "37", 1),
                counted(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.FLOOR, null), "14", 3),
                counted(Fixtures.at(OrderTimeSeed.SALINE, null, OrderTimeSeed.LOT_NOV_26), "20", 5),
                expiring(Fixtures.at(OrderTimeSeed.SALINE, null, "L2703"), "6", "2027-03-31", 6),
                counted(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1002"), "0", 8),
                expiring(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1004"), "1", "2031-12-31", 9));

        assertThat(adapter.verifyPositions(Fixtures.HQ, positions)).isEmpty();
        assertThat(sandbox.requestCount("POST", "/list")).as("items, the location's bins, the lot and serial records")
                .isEqualTo(3);
        assertThat(sandbox.requestCount("POST", "/adjustment")).isZero();
    }

    @Test
    void reportsEachPositionOrderTimeWouldRefuseOnItsCountLines() {
        List<PositionCount> positions = List.of(
                counted(Position.of(new ItemId("424242")), "1", 1),
                counted(Position.of(new ItemId("WIDGET-BLUE")), "1", 2),
                counted(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.DOCK, null), "3", 3, 4),
                counted(Fixtures.at(OrderTimeSeed.WIDGET, OrderTimeSeed.FLOOR, null), "2", 5),
                counted(Fixtures.at(OrderTimeSeed.GASKET, null, "L1"), "2", 6),
                counted(Fixtures.at(OrderTimeSeed.SALINE, null, null), "30", 7),
                counted(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1001"), "2", 8, 9));

        List<Problem> problems = adapter.verifyPositions(Fixtures.HQ, positions);

        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(
                tuple(1, "item"), tuple(2, "item"), tuple(3, "bin"), tuple(4, "bin"),
                tuple(6, "lot"), tuple(7, "lot"), tuple(8, "counted"), tuple(9, "counted"));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "Order Time has no item 424242",
                "'WIDGET-BLUE' is not an Order Time item id (a whole number)",
                "bin 'Dock' does not exist at location 10",
                "bin 'Dock' does not exist at location 10",
                "item 31 is not tracked by lot or serial number in Order Time, so it cannot be counted as L1",
                "item 41 is tracked by lot or serial number in Order Time: count each lot or serial on its own line",
                "serial number SN-1001 of item 45 is one unit: count it as 1 or 0, not 2",
                "serial number SN-1001 of item 45 is one unit: count it as 1 or 0, not 2");
        assertThat(sandbox.requestCount("POST", "/list")).isEqualTo(3);
    }

    @Test
    void aBinIsCheckedAgainstTheLocationsBinsNeverAgainstAnItemFlag() {
        List<Problem> problems = adapter.verifyPositions(Fixtures.HQ, List.of(
                counted(Fixtures.at(OrderTimeSeed.WIDGET, OrderTimeSeed.FLOOR, null), "2", 1),
                counted(Fixtures.at(OrderTimeSeed.SALINE, OrderTimeSeed.SHELF_A, OrderTimeSeed.LOT_NOV_26), "2", 2),
                counted(Fixtures.at(OrderTimeSeed.GASKET, OrderTimeSeed.DOCK, null), "2", 3)));

        assertThat(problems).extracting(Problem::line, Problem::field, Problem::message).containsExactly(
                tuple(3, "bin", "bin 'Dock' does not exist at location 10"));
    }

    @Test
    void whetherAnItemMayBeKeptInABinIsSaidToBeLeftToOrderTimeWithoutAskingIt() {
        List<PositionCount> binned = List.of(
                counted(Fixtures.at(OrderTimeSeed.WIDGET, OrderTimeSeed.FLOOR, null), "2", 1),
                counted(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.SHELF_A, null), "2", 2),
                counted(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.FLOOR, null), "2", 3),
                counted(Fixtures.at(OrderTimeSeed.GASKET, null, null), "2", 4));

        List<String> notes = adapter.unchecked(Fixtures.HQ, binned);

        assertThat(notes).singleElement().asString().contains("item(s) " + OrderTimeSeed.WIDGET + ", "
                + OrderTimeSeed.PAINT + " may be kept in the bins", "no bin setting on items");
        assertThat(adapter.unchecked(Fixtures.HQ, binned.subList(3, 4))).isEmpty();
        assertThat(sandbox.requestCount()).isZero();
    }

    @Test
    void aNewLotOrSerialCountedWithoutExpiryIsAProblemOnItsLinesFoundInOneBatchedRead() {
        List<Problem> problems = adapter.verifyPositions(Fixtures.HQ, List.of(
                counted(Fixtures.at(OrderTimeSeed.SALINE, null, "L2703"), "6", 4, 6),
                counted(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1004"), "1", 9),
                counted(Fixtures.at(OrderTimeSeed.SALINE, null, "L0000"), "0", 10),
                counted(Fixtures.at(OrderTimeSeed.SALINE, null, OrderTimeSeed.LOT_NOV_26), "20", 5),
                counted(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1002"), "0", 8)));

        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(
                tuple(4, "expires"), tuple(6, "expires"), tuple(9, "expires"));
        assertThat(problems.get(2).message()).isEqualTo("lot or serial number SN-1004 is new to Order Time for item 45:"
                + " give its expiry (expires, YYYY-MM-DD), which Order Time requires");
        assertThat(sandbox.requestCount("POST", "/list")).as("items, bins, lots: one query each").isEqualTo(3);
    }

    @Test
    void aKnownLotWhoseRecordGivesNoExpiryNeedsOneFromTheCount() {
        sandbox.rowVariants(RowVariant.LOTS_WITHOUT_EXPIRY);

        List<Problem> problems = adapter.verifyPositions(Fixtures.HQ, List.of(
                counted(Fixtures.at(OrderTimeSeed.SALINE, null, OrderTimeSeed.LOT_NOV_26), "20", 5),
                expiring(Fixtures.at(OrderTimeSeed.SALINE, null, OrderTimeSeed.LOT_FEB_27), "9", "2027-02-28", 6),
                counted(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1002"), "0", 8)));

        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(
                tuple(5, "expires"), tuple(8, "expires"));
        assertThat(problems.get(0).message()).contains("L2611", "has no expiry in Order Time");
    }

    @Test
    void itemRowsWithoutAnyTrackingFieldRefuseNoLotAndNoBin() {
        sandbox.rowVariants(RowVariant.ITEMS_WITHOUT_TRACKING_FIELDS, RowVariant.ITEMS_WITH_TRACK_BINS_FALSE);

        List<Problem> problems = adapter.verifyPositions(Fixtures.HQ, List.of(
                counted(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.FLOOR, null), "14", 1),
                counted(Fixtures.at(OrderTimeSeed.SALINE, null, null), "30", 2),
                counted(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1001"), "2", 3),
                expiring(Fixtures.at(OrderTimeSeed.GASKET, null, "L1"), "2", "2030-01-01", 4)));

        assertThat(problems).as("absent fields mean unknown, left to Order Time's own validation").isEmpty();
    }

    @Test
    void aLotKindGivenOnlyAsANumberStillHoldsASerialToOneUnit() {
        sandbox.rowVariants(RowVariant.ITEMS_WITH_NUMERIC_KIND_ONLY);

        List<Problem> problems = adapter.verifyPositions(Fixtures.HQ, List.of(
                counted(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1001"), "2", 1),
                counted(Fixtures.at(OrderTimeSeed.SALINE, null, null), "30", 2)));

        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(tuple(1, "counted"));
    }

    @Test
    void aLargeCountReadsTheLotRecordsInChunksNotPerLine() {
        List<PositionCount> positions = new java.util.ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            positions.add(expiring(Fixtures.at(OrderTimeSeed.SALINE, null, "L-" + i), "1", "2030-01-01", i));
        }

        assertThat(adapter.verifyPositions(Fixtures.HQ, positions)).isEmpty();
        assertThat(sandbox.requestCount("POST", "/list")).as("one item query, three lot chunks of 500").isEqualTo(4);
    }

    @Test
    void aLocationThatIsNotANumberHasNoBinsAndIsNotAskedForThem() {
        List<Problem> problems = adapter.verifyPositions(new LocationId("HQ"),
                List.of(counted(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.FLOOR, null), "14", 3)));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("bin 'Floor' does not exist at location HQ"));
        assertThat(sandbox.requestCount("POST", "/list")).as("items only").isEqualTo(1);
    }

    @Test
    void noPositionsAskNothing() {
        assertThat(adapter.verifyPositions(Fixtures.HQ, List.of())).isEmpty();
        assertThat(sandbox.requestCount()).isZero();
    }

    @Test
    void aCountWithoutBinsDoesNotReadTheBins() {
        adapter.verifyPositions(Fixtures.HQ, List.of(counted(Fixtures.at(OrderTimeSeed.WIDGET, null, null), "1", 1)));

        assertThat(sandbox.requestCount("POST", "/list")).as("items only").isEqualTo(1);
    }
}
