package dev.stockadj.core.service;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Drift;
import dev.stockadj.core.port.in.PositionCheck;
import dev.stockadj.core.port.in.UnknownCount;
import dev.stockadj.core.port.in.VerifyReport;
import dev.stockadj.core.port.in.VerifyResult;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.InMemoryVendor;
import dev.stockadj.core.testing.InMemoryVendor.Fault;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static dev.stockadj.core.service.LoopFixture.GADGET;
import static dev.stockadj.core.service.LoopFixture.WAREHOUSE;
import static dev.stockadj.core.service.LoopFixture.WIDGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class VerifyCountServiceTest {

    private static VerifyReport report(VerifyResult result) {
        assertThat(result).isInstanceOf(VerifyReport.class);
        return (VerifyReport) result;
    }

    @Test
    void everyPositionOfAnAppliedCountMatchesItsTarget() {
        LoopFixture world = LoopFixture.absolute();
        ApplyReport applied = world.applied("weekly-1");

        VerifyReport report = report(world.verify("weekly-1"));

        assertThat(report.matches()).isTrue();
        assertThat(report.positions()).extracting(PositionCheck::position, p -> p.expected().plain(),
                        p -> p.found().plain(), PositionCheck::drift)
                .containsExactly(tuple(Position.of(WIDGET), "50", "50", Drift.MATCHES),
                        tuple(Position.of(GADGET), "120", "120", Drift.MATCHES));
        assertThat(report.appliedAt()).as("when the count was applied")
                .contains(applied.documents().get(0).entry().updatedAt());
        assertThat(report.revertedAt()).isEmpty();
    }

    @Test
    void stockMovedByAnotherDocumentIsDriftThatNamesThePositionAndTheDifference() {
        LoopFixture world = LoopFixture.delta();
        world.applied("weekly-1");
        world.vendor.stock(WAREHOUSE, Position.of(GADGET), Quantity.of(117));   // a sale of 3 after the count

        VerifyReport report = report(world.verify("weekly-1"));

        assertThat(report.matches()).isFalse();
        assertThat(report.count(Drift.MOVED_SINCE)).isEqualTo(1);
        PositionCheck gadget = report.positions().get(1);
        assertThat(gadget.position()).isEqualTo(Position.of(GADGET));
        assertThat(gadget.lines()).containsExactly(2);
        assertThat(gadget.difference()).isEqualTo(Quantity.of(-3));
        assertThat(gadget.why()).contains("changed at the vendor since");
        assertThat(report.positions().get(0).drift()).isEqualTo(Drift.MATCHES);
    }

    @Test
    void aDocumentTheVendorRejectedNeverReachedItsTarget() {
        LoopFixture world = LoopFixture.delta();
        world.vendor.failNext(Fault.REJECT);
        new ApplyCountService(VendorPorts.quantities(world.vendor), world.journal, world.clock)
                .apply(LoopFixture.count("weekly-1", "50", "120"));

        VerifyReport report = report(world.verify("weekly-1"));

        PositionCheck rejected = report.positions().stream().filter(p -> p.drift() != Drift.MATCHES)
                .findFirst().orElseThrow();
        assertThat(rejected.drift()).isEqualTo(Drift.NEVER_REACHED);
        assertThat(rejected.why()).contains("REJECTED");
        assertThat(report.notes()).singleElement().asString().contains("not applied");
    }

    @Test
    void aDocumentRecordedOtherwiseThanSentIsNeverReachedNotMovedSince() {
        LoopFixture world = LoopFixture.absolute();
        world.vendor.failNext(Fault.RECORDED_OTHERWISE);
        new ApplyCountService(VendorPorts.quantities(world.vendor), world.journal, world.clock)
                .apply(LoopFixture.count("weekly-1", "50", "120"));
        world.vendor.stock(WAREHOUSE, Position.of(WIDGET), Quantity.of(49));   // what the vendor said it recorded

        VerifyReport report = report(world.verify("weekly-1"));

        assertThat(report.positions().get(0).drift()).isEqualTo(Drift.NEVER_REACHED);
        assertThat(report.positions().get(0).why()).contains("otherwise than it was sent", "recorded 49");
    }

    @Test
    void aCountNeverAppliedHereIsUnknown() {
        LoopFixture world = LoopFixture.absolute();

        assertThat(world.verify("nobody-applied-this")).isInstanceOfSatisfying(UnknownCount.class,
                unknown -> assertThat(unknown.message()).contains("nobody-applied-this", "stockadj journal"));
        assertThat(world.vendor.reads()).as("nothing read from the vendor").isEmpty();
    }

    @Test
    void readsTheBookOnceWhateverTheNumberOfPositions() {
        for (int positions : List.of(10, 1_000)) {
            InMemoryVendor vendor = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(500));
            LoopFixture world = new LoopFixture(vendor);
            List<CountLine> lines = new ArrayList<>();
            for (int n = 1; n <= positions; n++) {
                ItemId item = new ItemId("g" + n);
                vendor.item(item, Optional.of(new Sku("G-" + n))).stock(WAREHOUSE, Position.of(item), Quantity.of(5));
                lines.add(new CountLine(n, item, Quantity.of(n % 3 == 0 ? 5 : 7), Optional.of(UnitCost.of("1")),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            }
            new ApplyCountService(VendorPorts.quantities(vendor), world.journal, world.clock).apply(new CountCommand(
                    new StockCount(new CountReference("big"), WAREHOUSE, LocalDate.of(2026, 5, 18), "",
                            Currency.getInstance("SAR"), lines), Optional.of(LoopFixture.ACCOUNTS), ConflictPolicy.FAIL));
            int before = vendor.reads().size();

            VerifyReport report = report(world.verify("big"));

            assertThat(report.positions()).hasSize(positions);
            assertThat(report.matches()).isTrue();
            assertThat(vendor.reads().size() - before).as("book reads for %s positions", positions).isEqualTo(1);
        }
    }

    @Test
    void aRevertedCountIsVerifiedAgainstTheBookTheRevertSetBack() {
        LoopFixture world = LoopFixture.delta();
        world.applied("weekly-1");
        world.revert("weekly-1", ConflictPolicy.FAIL);

        VerifyReport report = report(world.verify("weekly-1"));

        assertThat(report.matches()).as("%s", report).isTrue();
        assertThat(report.positions()).extracting(p -> p.expected().plain()).containsExactly("40", "130");
        assertThat(report.revertedAt()).isPresent();
    }
}
