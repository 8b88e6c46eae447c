package dev.stockadj.core.service;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.Direction;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.testing.CountArbitraries;
import dev.stockadj.core.testing.CountArbitraries.Scenario;
import dev.stockadj.core.testing.InMemoryVendor;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's invariants, over generated counts and book quantities. */
class PlannerProperties {
    private static final Accounts TWO_ACCOUNTS = new Accounts(new AccountId("gain"), new AccountId("loss"));

    @Provide
    Arbitrary<Scenario> binnedCounts() {
        return CountArbitraries.scenarios(true, false);
    }

    @Provide
    Arbitrary<Scenario> coarseCounts() {
        return CountArbitraries.scenarios(false, false);
    }

    @Provide
    Arbitrary<Scenario> conflictedCounts() {
        return CountArbitraries.scenarios(false, true);
    }

    static PlanResult plan(Scenario scenario, VendorCapabilities capabilities, ConflictPolicy policy) {
        Aggregation aggregation = Aggregation.of(scenario.count().lines(), capabilities.binsAndLots());
        assertThat(aggregation.problems()).as("generated counts are valid").isEmpty();
        return Planner.plan(scenario.count(), aggregation.positions(), scenario.books(), capabilities,
                Destination.of(capabilities.vendor()), Optional.of(TWO_ACCOUNTS), policy);
    }

    static CountPlan planned(PlanResult result) {
        assertThat(result).isInstanceOf(Planned.class);
        return ((Planned) result).plan();
    }

    /** What was counted per position, summed over lines. */
    static Map<Position, Quantity> counted(StockCount count, boolean binsAndLots) {
        Map<Position, Quantity> counted = new HashMap<>();
        for (CountLine line : count.lines()) {
            Position position = new Position((ItemId) line.item(), line.bin(), line.lot());
            counted.merge(binsAndLots ? position : position.coarse(), line.counted(), Quantity::plus);
        }
        return counted;
    }

    @Property
    void deltaPlanBringsEveryPositionFromBookToCounted(@ForAll("binnedCounts") Scenario scenario,
                                                        @ForAll @IntRange(min = 1, max = 5) int maxLines) {
        VendorCapabilities delta = InMemoryVendor.deltaCapabilities(maxLines);
        CountPlan plan = planned(plan(scenario, delta, ConflictPolicy.FAIL));

        Map<Position, Quantity> after = new HashMap<>(scenario.books().quantities());
        for (AdjustmentDocument document : plan.documents()) {
            for (PlannedLine line : document.lines()) {
                after.merge(line.position(), line.quantityToSend(QuantityMode.DELTA), Quantity::plus);
            }
        }
        Coverage.Index books = new Coverage.Index(new BookQuantities(after));
        counted(scenario.count(), true).forEach((position, quantity) ->
                assertThat(books.book(position)).as("%s after the deltas", position).isEqualTo(quantity));
    }

    @Property
    void absolutePlanTargetsCountedOrTheKeptDifference(@ForAll("conflictedCounts") Scenario scenario,
                                                        @ForAll ConflictPolicy policy) {
        Assume.that(policy != ConflictPolicy.FAIL);
        VendorCapabilities absolute = InMemoryVendor.absoluteCapabilities(500);
        Map<Position, Quantity> counted = counted(scenario.count(), false);
        Map<Position, Quantity> believed = new HashMap<>();
        scenario.count().lines().forEach(line -> line.bookAtCount().ifPresent(b ->
                believed.put(Position.of((ItemId) line.item()), b)));
        Map<Position, Quantity> expected = new HashMap<>();
        counted.forEach((position, quantity) -> {
            Quantity now = scenario.books().of(position);
            Quantity atCount = believed.getOrDefault(position, now);
            expected.put(position, policy == ConflictPolicy.KEEP_DIFFERENCE && !atCount.equals(now)
                    ? now.plus(quantity.minus(atCount)) : quantity);
        });

        PlanResult result = plan(scenario, absolute, policy);

        if (expected.values().stream().anyMatch(q -> q.signum() < 0)) {
            assertThat(result).as("a negative target is refused").isInstanceOf(Invalid.class);
            return;
        }
        CountPlan plan = planned(result);
        for (AdjustmentDocument document : plan.documents()) {
            for (PlannedLine line : document.lines()) {
                assertThat(line.quantityToSend(QuantityMode.ABSOLUTE)).isEqualTo(expected.get(line.position()));
            }
        }
        for (VarianceLine line : plan.variance().lines()) {
            assertThat(line.target()).isEqualTo(expected.get(line.position()));
        }
    }

    @Property
    void splittingKeepsEveryLineOnceWithinMaxLinesAndNeverMixesDirections(
            @ForAll("binnedCounts") Scenario scenario, @ForAll @IntRange(min = 1, max = 4) int maxLines) {
        VendorCapabilities single = InMemoryVendor.deltaCapabilities(maxLines);
        CountPlan plan = planned(plan(scenario, single, ConflictPolicy.FAIL));

        List<Position> sent = new ArrayList<>();
        for (AdjustmentDocument document : plan.documents()) {
            assertThat(document.lines()).hasSizeBetween(1, maxLines);
            assertThat(document.lines()).extracting(PlannedLine::direction).containsOnly(
                    document.lines().get(0).direction());
            assertThat(document.lines()).extracting(l -> l.position().detailed()).containsOnly(
                    document.lines().get(0).position().detailed());
            document.lines().forEach(line -> sent.add(line.position()));
        }
        List<Position> moving = plan.variance().lines().stream()
                .filter(line -> line.direction() != Direction.MATCH).map(VarianceLine::position).toList();
        assertThat(sent).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(moving);
    }

    @Property
    void keysAreStableForTheSameInputAndDistinctAcrossDocuments(@ForAll("binnedCounts") Scenario scenario,
                                                                  @ForAll @IntRange(min = 1, max = 3) int maxLines) {
        VendorCapabilities delta = InMemoryVendor.deltaCapabilities(maxLines);
        CountPlan first = planned(plan(scenario, delta, ConflictPolicy.FAIL));
        CountPlan second = planned(plan(scenario, delta, ConflictPolicy.FAIL));

        assertThat(second).isEqualTo(first);
        Set<IdempotencyKey> keys = new HashSet<>();
        first.documents().forEach(document -> assertThat(keys.add(document.key())).as("unique key").isTrue());
    }

    @Property
    void keysChangeWhenADocumentsContentChanges(@ForAll("binnedCounts") Scenario scenario) {
        VendorCapabilities delta = InMemoryVendor.deltaCapabilities(2);
        CountPlan plan = planned(plan(scenario, delta, ConflictPolicy.FAIL));
        CountLine first = scenario.count().lines().get(0);
        List<CountLine> changed = new ArrayList<>(scenario.count().lines());
        changed.set(0, new CountLine(first.lineNo(), first.item(), first.counted().plus(Quantity.of(1)),
                first.unitCost(), first.bookAtCount(), first.bin(), first.lot(), first.expires()));
        StockCount count = scenario.count();
        Scenario other = new Scenario(new StockCount(count.reference(), count.location(), count.date(), count.memo(),
                count.currency(), changed), scenario.books());

        CountPlan otherPlan = planned(plan(other, delta, ConflictPolicy.FAIL));

        assertThat(otherPlan.fingerprint()).isNotEqualTo(plan.fingerprint());
        Set<IdempotencyKey> before = new HashSet<>();
        plan.documents().forEach(d -> before.add(d.key()));
        otherPlan.documents().stream()
                .filter(d -> plan.documents().stream().noneMatch(p -> p.lines().equals(d.lines())
                        && p.index() == d.index()))
                .forEach(d -> assertThat(before).as("a changed document gets a new key").doesNotContain(d.key()));
    }

    @Property
    void lineValuesAreRoundedOnceAndSumToTheTotals(@ForAll("coarseCounts") Scenario scenario) {
        CountPlan plan = planned(plan(scenario, InMemoryVendor.absoluteCapabilities(500), ConflictPolicy.FAIL));

        BigDecimal gains = BigDecimal.ZERO;
        BigDecimal losses = BigDecimal.ZERO;
        for (VarianceLine line : plan.variance().lines()) {
            if (line.unitCost().isEmpty()) {
                assertThat(line.value()).isEmpty();
                continue;
            }
            BigDecimal exact = line.variance().value().multiply(line.unitCost().get().value());
            BigDecimal once = exact.setScale(Money.minorDigits(CountArbitraries.CURRENCY), RoundingMode.HALF_UP);
            assertThat(line.value()).map(Money::amount).contains(once);
            if (line.direction() == Direction.GAIN) {
                gains = gains.add(once);
            } else if (line.direction() == Direction.LOSS) {
                losses = losses.add(once);
            }
        }
        assertThat(plan.variance().gains().amount()).isEqualByComparingTo(gains);
        assertThat(plan.variance().losses().amount()).isEqualByComparingTo(losses);
        assertThat(plan.variance().net().amount()).isEqualByComparingTo(gains.add(losses));
    }
}
