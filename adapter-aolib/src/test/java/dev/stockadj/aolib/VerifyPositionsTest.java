package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.port.out.PositionCount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What Order Time would refuse about a count's positions whatever their stock, reported on the count's
 * lines before anything is read or sent, in two list queries at most.
 */
class VerifyPositionsTest extends SandboxedAdapterTest {

    private static PositionCount counted(Position position, String quantity, Integer... lines) {
        return new PositionCount(position, List.of(lines), Quantity.of(quantity));
    }

    @Test
    void theExampleCountsPositionsAreAllTaken() {
        List<PositionCount> positions = List.of(
                counted(Fixtures.at(OrderTimeSeed.WIDGET, null, null), "37", 1),
                counted(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.FLOOR, null), "14", 3),
                counted(Fixtures.at(OrderTimeSeed.SALINE, null, OrderTimeSeed.LOT_NOV_26), "20", 5),
                counted(Fixtures.at(OrderTimeSeed.SALINE, null, "L2703"), "6", 6),
                counted(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1002"), "0", 8),
                counted(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-1004"), "1", 9));

        assertThat(adapter.verifyPositions(Fixtures.HQ, positions)).isEmpty();
        assertThat(sandbox.requestCount("POST", "/list")).as("items' tracking, then the location's bins").isEqualTo(2);
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
                tuple(1, "item"), tuple(2, "item"), tuple(3, "bin"), tuple(4, "bin"), tuple(5, "bin"),
                tuple(6, "lot"), tuple(7, "lot"), tuple(8, "counted"), tuple(9, "counted"));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "Order Time has no item 424242",
                "'WIDGET-BLUE' is not an Order Time item id (a whole number)",
                "bin 'Dock' does not exist at location 10",
                "bin 'Dock' does not exist at location 10",
                "item 30 is not kept in bins in Order Time, so it cannot be counted in bin 'Floor'",
                "item 31 is not tracked by lot or serial number in Order Time, so it cannot be counted as L1",
                "item 41 is tracked by lot number in Order Time: count each lot on its own line",
                "serial number SN-1001 of item 45 is one unit: count it as 1 or 0, not 2",
                "serial number SN-1001 of item 45 is one unit: count it as 1 or 0, not 2");
        assertThat(sandbox.requestCount("POST", "/list")).isEqualTo(2);
    }

    @Test
    void aLocationThatIsNotANumberHasNoBinsAndIsNotAskedForThem() {
        List<Problem> problems = adapter.verifyPositions(new LocationId("HQ"),
                List.of(counted(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.FLOOR, null), "14", 3)));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("bin 'Floor' does not exist at location HQ"));
        assertThat(sandbox.requestCount("PUT", "/list")).as("items' tracking only").isEqualTo(1);
    }

    @Test
    void noPositionsAskNothing() {
        assertThat(adapter.verifyPositions(Fixtures.HQ, List.of())).isEmpty();
        assertThat(sandbox.requestCount()).isZero();
    }

    @Test
    void aCountWithoutBinsDoesNotReadTheBins() {
        adapter.verifyPositions(Fixtures.HQ, List.of(counted(Fixtures.at(OrderTimeSeed.WIDGET, null, null), "1", 1)));

        assertThat(sandbox.requestCount("POST", "/list")).as("items' tracking only").isEqualTo(1);
    }
}
