package dev.stockadj.core.service;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.testing.CountArbitraries;
import dev.stockadj.core.testing.CountArbitraries.Scenario;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.InMemoryVendor;
import dev.stockadj.core.testing.ManualClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.fail;

/**
 * What the apply and revert chains ({@link ApplyChainProperties}, {@link RevertChainProperties}) share, written once
 * so both draw their vendors, counts, faults and passing time alike: the vendors drawn, a count fitted to a vendor
 * without bins, the vendor and command a world starts from, and the fault-free re-runs that must settle it.
 */
final class ChainPlumbing {
    static final Accounts ACCOUNTS = new Accounts(new AccountId("gain"), new AccountId("loss"));
    private static final int SETTLING_RUNS = 12;

    private ChainPlumbing() {
    }

    /** The world one chain runs in: vendor, journal and clock survive restarts; the services do not. */
    abstract static class World {
        final InMemoryVendor vendor;
        final InMemoryJournal journal = new InMemoryJournal();
        final ManualClock clock = new ManualClock();
        final CountCommand command;

        World(Setup setup) {
            this.vendor = setup.vendor();
            this.command = setup.command();
        }

        long sends(IdempotencyKey key) {
            return vendor.sends().stream().filter(key::equals).count();
        }
    }

    /** A scenario fitted to the vendor drawn with it. */
    record Setup(Scenario scenario, VendorCapabilities capabilities) {
        /** The vendor holding the scenario's books and items. */
        InMemoryVendor vendor() {
            InMemoryVendor vendor = new InMemoryVendor(capabilities).location(CountArbitraries.LOCATION)
                    .accounts(ACCOUNTS);
            scenario.books().quantities().forEach((position, quantity) ->
                    vendor.stock(CountArbitraries.LOCATION, position, quantity));
            scenario.count().lines().forEach(line -> vendor.item((ItemId) line.item(), Optional.empty()));
            return vendor;
        }

        CountCommand command() {
            return new CountCommand(scenario.count(), Optional.of(ACCOUNTS), ConflictPolicy.FAIL);
        }
    }

    /** Delta and absolute vendors of one to three documents' lines, the count without bins where they have none. */
    static Arbitrary<Setup> setups() {
        Arbitrary<VendorCapabilities> capabilities = Arbitraries.integers().between(1, 3).flatMap(max ->
                Arbitraries.of(InMemoryVendor.deltaCapabilities(max), InMemoryVendor.absoluteCapabilities(max)));
        return Combinators.combine(CountArbitraries.scenarios(true, false), capabilities).as((scenario, vendor) ->
                new Setup(vendor.binsAndLots() ? scenario : coarse(scenario), vendor));
    }

    /** {@code chain} with faults injected (weight 2) and time passing past a SENDING lease (weight 1). */
    static <W extends World> ActionChainArbitrary<W> withFaultsAndTime(ActionChainArbitrary<W> chain) {
        return chain.withAction(2, new InjectFault<W>())
                .withAction(1, Action.just("time passes", Transformer.<W>mutate("time passes",
                        world -> world.clock.advance(Duration.ofMinutes(6)))))
                .withMaxTransformations(25);
    }

    /** Faults are used up; time passes past any SENDING lease before each re-run; one must end {@code done}. */
    static <R> void settle(World world, Supplier<R> run, Predicate<R> done, String what) {
        R last = null;
        for (int i = 0; i < SETTLING_RUNS; i++) {
            world.clock.advance(Duration.ofMinutes(6));
            last = run.get();
            if (last != null && done.test(last)) {
                return;
            }
        }
        fail("not " + what + " within " + SETTLING_RUNS + " fault-free runs; the last one gave " + last);
    }

    /** A count for a vendor without bins: the same lines, without bin or lot. */
    private static Scenario coarse(Scenario scenario) {
        var lines = scenario.count().lines().stream().map(line -> new CountLine(line.lineNo(), line.item(),
                line.counted(), Optional.empty(), line.bookAtCount(), Optional.empty(), Optional.empty(),
                Optional.empty())).toList();
        var count = scenario.count();
        return new Scenario(new StockCount(count.reference(), count.location(), count.date(), count.memo(),
                count.currency(), lines), scenario.books().coarse());
    }

    /** The next one to three calls to the vendor (posts, deletes) fail as drawn. */
    private static final class InjectFault<W extends World> implements Action.Independent<W> {
        @Override
        public Arbitrary<Transformer<W>> transformer() {
            return Arbitraries.of(InMemoryVendor.Fault.class).list().ofMinSize(1).ofMaxSize(3).map(faults ->
                    Transformer.mutate("fail next with " + faults, world -> world.vendor.failNext(
                            faults.toArray(new InMemoryVendor.Fault[0]))));
        }
    }
}
