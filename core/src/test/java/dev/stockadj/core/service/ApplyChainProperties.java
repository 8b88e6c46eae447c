package dev.stockadj.core.service;

import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.testing.CountArbitraries;
import dev.stockadj.core.testing.CountArbitraries.Scenario;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.InMemoryVendor;
import dev.stockadj.core.testing.InMemoryVendor.Fault;
import dev.stockadj.core.testing.ManualClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apply → failure → re-apply, at random, against the in-memory vendor: rejections, outcomes in
 * doubt that landed or did not, rate limits, refused connections, and processes killed mid-send
 * (restarts). Whatever happens: no APPLIED document is sent again, no document changes the books
 * twice, and once the faults stop, re-running settles every document and the books equal the count.
 */
class ApplyChainProperties {
    private static final Accounts ACCOUNTS = new Accounts(new AccountId("gain"), new AccountId("loss"));

    /** The world one chain runs in: vendor, journal and clock survive restarts; the service does not. */
    static final class World {
        final Scenario scenario;
        final InMemoryVendor vendor;
        final InMemoryJournal journal = new InMemoryJournal();
        final ManualClock clock = new ManualClock();
        final CountCommand command;
        final Map<IdempotencyKey, Long> sendsWhenApplied = new HashMap<>();

        World(Scenario scenario, VendorCapabilities capabilities) {
            this.scenario = scenario;
            this.vendor = new InMemoryVendor(capabilities).location(CountArbitraries.LOCATION).accounts(ACCOUNTS);
            scenario.books().quantities().forEach((position, quantity) ->
                    vendor.stock(CountArbitraries.LOCATION, position, quantity));
            scenario.count().lines().forEach(line -> vendor.item((dev.stockadj.core.model.ItemId) line.item(),
                    Optional.empty()));
            this.command = new CountCommand(scenario.count(), Optional.of(ACCOUNTS), ConflictPolicy.FAIL);
        }

        /** A fresh process: a new service over the same journal and vendor. */
        ApplyResult apply() {
            ApplyCountService service = new ApplyCountService(VendorPorts.quantities(vendor), journal, clock);
            try {
                return service.apply(command);
            } catch (InMemoryVendor.SimulatedCrash killed) {
                return null;
            }
        }

        long sends(IdempotencyKey key) {
            return vendor.sends().stream().filter(key::equals).count();
        }

        @Override
        public String toString() {
            return "World" + scenario.count().lines().size() + " lines";
        }
    }

    record Setup(Scenario scenario, VendorCapabilities capabilities) {
        World world() {
            return new World(capabilities.binsAndLots() ? scenario : coarse(scenario), capabilities);
        }
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        Arbitrary<VendorCapabilities> capabilities = Arbitraries.integers().between(1, 3).flatMap(max ->
                Arbitraries.of(InMemoryVendor.deltaCapabilities(max), InMemoryVendor.absoluteCapabilities(max)));
        return Combinators.combine(CountArbitraries.scenarios(true, false), capabilities).as(Setup::new)
                .flatMap(setup -> ActionChain.startWith(setup::world)
                        .withAction(3, Action.just("apply", Transformer.mutate("apply", World::apply)))
                        .withAction(2, new InjectFault())
                        .withAction(1, Action.just("time passes", Transformer.mutate("time passes",
                                world -> world.clock.advance(Duration.ofMinutes(6)))))
                        .withMaxTransformations(25));
    }

    /** A count for a vendor without bins: the same lines, without bin or lot. */
    private static Scenario coarse(Scenario scenario) {
        var lines = scenario.count().lines().stream().map(line -> new dev.stockadj.core.model.count.CountLine(
                line.lineNo(), line.item(), line.counted(), Optional.empty(), line.bookAtCount(), Optional.empty(),
                Optional.empty(), Optional.empty())).toList();
        var count = scenario.count();
        return new Scenario(new dev.stockadj.core.model.count.StockCount(count.reference(), count.location(), count.date(),
                count.memo(), count.currency(), lines), scenario.books().coarse());
    }

    static final class InjectFault implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.of(Fault.class).list().ofMinSize(1).ofMaxSize(3).map(faults ->
                    Transformer.mutate("fail next with " + faults, world -> world.vendor.failNext(
                            faults.toArray(new Fault[0]))));
        }
    }

    @Property(tries = 300)
    void applyingSurvivesEveryFailureExactlyOnce(@ForAll("chains") ActionChain<World> chain) {
        ActionChain<World> checked = chain.withInvariant("an APPLIED document is never sent again", world -> {
            world.journal.entries().stream().filter(e -> e.state() == DocumentState.APPLIED).forEach(entry -> {
                long sends = world.sends(entry.key());
                Long atApplied = world.sendsWhenApplied.putIfAbsent(entry.key(), sends);
                if (atApplied != null) {
                    assertThat(sends).as("sends of %s after it was APPLIED", entry.key()).isEqualTo(atApplied);
                }
            });
        }).withInvariant("no document changes the books twice", world ->
                world.vendor.applications().forEach((key, times) ->
                        assertThat(times).as("applications of %s", key).isEqualTo(1))
        ).withInvariant("what the journal calls APPLIED is at the vendor", world ->
                world.journal.entries().stream().filter(e -> e.state() == DocumentState.APPLIED)
                        .forEach(e -> assertThat(world.vendor.applications(e.key())).isEqualTo(1)));

        World world = checked.run();

        world.vendor.clearFaults();
        settle(world);
        List<JournalEntry> entries = world.journal.entries(world.command.count().reference());
        assertThat(entries).allSatisfy(e -> assertThat(e.state()).isEqualTo(DocumentState.APPLIED));
        world.vendor.applications().values().forEach(times -> assertThat(times).isEqualTo(1));
        PlannerProperties.counted(world.scenario.count(), world.vendor.capabilities().binsAndLots())
                .forEach((position, quantity) -> assertThat(covered(world, position))
                        .as("%s after settling", position).isEqualTo(quantity));
    }

    /** Faults are used up; time passes past any SENDING lease; re-running settles everything. */
    private static void settle(World world) {
        ApplyResult last = null;
        for (int run = 0; run < 12; run++) {
            world.clock.advance(Duration.ofMinutes(6));
            last = world.apply();
            if (last instanceof ApplyReport report && report.complete()) {
                return;
            }
        }
        assertThat(last).as("settled within 12 fault-free runs").isInstanceOfSatisfying(ApplyReport.class,
                report -> assertThat(report.complete()).isTrue());
    }

    private static Quantity covered(World world, Position position) {
        return new Coverage.Index(new dev.stockadj.core.model.plan.BookQuantities(
                world.vendor.stockAt(CountArbitraries.LOCATION))).book(position);
    }
}
