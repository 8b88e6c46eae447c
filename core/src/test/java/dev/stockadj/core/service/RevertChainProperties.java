package dev.stockadj.core.service;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.CountArbitraries;
import dev.stockadj.core.testing.CountArbitraries.Scenario;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.InMemoryVendor;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An applied count reverted at random through rejections, outcomes in doubt that landed or did not, rate limits,
 * refused connections and processes killed mid-step, with re-runs of revert and of apply in between. Whatever
 * happens: no document is deleted twice, no counter-document changes the books twice, the count's own documents are
 * never sent again, and once the faults stop, re-running finishes the revert and the books are back where they were.
 */
class RevertChainProperties {
    private static final Accounts ACCOUNTS = new Accounts(new AccountId("gain"), new AccountId("loss"));

    /** The world one chain runs in: vendor, journal and clock survive restarts; the services do not. */
    static final class World {
        final InMemoryVendor vendor;
        final InMemoryJournal journal = new InMemoryJournal();
        final ManualClock clock = new ManualClock();
        final CountCommand command;
        final Map<Position, Quantity> before;
        final Set<IdempotencyKey> originals;
        final Map<IdempotencyKey, Long> originalSends = new HashMap<>();

        World(Scenario scenario, VendorCapabilities capabilities) {
            this.vendor = new InMemoryVendor(capabilities).location(CountArbitraries.LOCATION).accounts(ACCOUNTS);
            scenario.books().quantities().forEach((position, quantity) ->
                    vendor.stock(CountArbitraries.LOCATION, position, quantity));
            scenario.count().lines().forEach(line -> vendor.item((ItemId) line.item(), Optional.empty()));
            this.command = new CountCommand(scenario.count(), Optional.of(ACCOUNTS), ConflictPolicy.FAIL);
            this.before = nonZero(vendor.stockAt(CountArbitraries.LOCATION));
            ApplyReport applied = (ApplyReport) new ApplyCountService(VendorPorts.quantities(vendor), journal, clock)
                    .apply(command);
            assertThat(applied.complete()).as("applied before the chain: %s", applied).isTrue();
            this.originals = applied.documents().stream().map(d -> d.document().key()).collect(Collectors.toSet());
            originals.forEach(key -> originalSends.put(key, sends(key)));
        }

        /** A fresh process running revert; a kill ends it mid-step. */
        RevertResult revert() {
            try {
                return new RevertCountService(VendorPorts.quantities(vendor), journal, journal, clock,
                        Duration.ofMinutes(5)).revert(new RevertCommand(command.count().reference(),
                        ConflictPolicy.FAIL, false));
            } catch (InMemoryVendor.SimulatedCrash killed) {
                return null;
            }
        }

        /** A fresh process applying the count again: it must never send it again, reverted or not. */
        void applyAgain() {
            try {
                new ApplyCountService(VendorPorts.quantities(vendor), journal, clock).apply(command);
            } catch (InMemoryVendor.SimulatedCrash killed) {
                // nothing of it may be sent anyway
            }
        }

        long sends(IdempotencyKey key) {
            return vendor.sends().stream().filter(key::equals).count();
        }

        @Override
        public String toString() {
            return "World(" + vendor.capabilities().quantityMode() + ", " + originals.size() + " document(s))";
        }
    }

    record Setup(Scenario scenario, VendorCapabilities capabilities) {
        World world() {
            return new World(capabilities.binsAndLots() ? scenario : coarse(scenario),
                    capabilities);
        }
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        Arbitrary<VendorCapabilities> capabilities = Arbitraries.integers().between(1, 3).flatMap(max ->
                Arbitraries.of(InMemoryVendor.deltaCapabilities(max), InMemoryVendor.absoluteCapabilities(max)));
        return Combinators.combine(CountArbitraries.scenarios(true, false), capabilities).as(Setup::new)
                .flatMap(setup -> ActionChain.startWith(setup::world)
                        .withAction(3, Action.just("revert", Transformer.mutate("revert", World::revert)))
                        .withAction(1, Action.just("apply again", Transformer.mutate("apply again", World::applyAgain)))
                        .withAction(2, new InjectFault())
                        .withAction(1, Action.just("time passes", Transformer.mutate("time passes",
                                world -> world.clock.advance(Duration.ofMinutes(6)))))
                        .withMaxTransformations(25));
    }

    @Property(tries = 300)
    void revertingSurvivesEveryFailureExactlyOnce(@ForAll("chains") ActionChain<World> chain) {
        ActionChain<World> checked = chain.withInvariant("no document is deleted twice", world ->
                world.vendor.deletions().forEach((id, times) -> assertThat(times).as("deletions of %s", id).isEqualTo(1))
        ).withInvariant("no document changes the books twice", world ->
                world.vendor.applications().forEach((key, times) ->
                        assertThat(times).as("applications of %s", key).isEqualTo(1))
        ).withInvariant("the count's documents are never sent again", world ->
                world.originals.forEach(key -> assertThat(world.sends(key)).isEqualTo(world.originalSends.get(key)))
        ).withInvariant("a step the journal calls APPLIED is done at the vendor", world ->
                world.journal.revertPlan(world.command.count().reference(), world.vendor.destination()).ifPresent(plan ->
                        plan.steps().forEach(step -> {
                            boolean applied = world.journal.step(step.key()).orElseThrow().state() == DocumentState.APPLIED;
                            if (applied && step.undo() instanceof Undo.Delete delete) {
                                assertThat(world.vendor.postedDocuments()).doesNotContainKey(delete.vendorId());
                            } else if (applied && step.undo() instanceof Undo.Post post) {
                                assertThat(world.vendor.applications(post.document().key())).isEqualTo(1);
                            }
                        })));

        World world = checked.run();

        world.vendor.clearFaults();
        if (world.originals.isEmpty()) {
            assertThat(world.revert()).as("a count that changed nothing has nothing to revert")
                    .isInstanceOf(dev.stockadj.core.port.in.Refused.class);
            assertThat(nonZero(world.vendor.stockAt(CountArbitraries.LOCATION))).isEqualTo(world.before);
            return;
        }
        settle(world);
        assertThat(world.journal.entries(world.command.count().reference())).extracting(JournalEntry::state)
                .containsOnly(DocumentState.REVERTED);
        assertThat(nonZero(world.vendor.stockAt(CountArbitraries.LOCATION))).as("the books after the revert")
                .isEqualTo(world.before);
        world.vendor.applications().values().forEach(times -> assertThat(times).isEqualTo(1));
        world.vendor.deletions().values().forEach(times -> assertThat(times).isEqualTo(1));
    }

    /** Faults are used up; time passes past any SENDING lease; re-running finishes the revert. */
    private static void settle(World world) {
        RevertResult last = null;
        for (int run = 0; run < 12; run++) {
            world.clock.advance(Duration.ofMinutes(6));
            last = world.revert();
            if (last instanceof RevertReport report && report.complete()) {
                return;
            }
        }
        assertThat(last).as("finished within 12 fault-free runs").isInstanceOfSatisfying(RevertReport.class,
                report -> assertThat(report.complete()).isTrue());
    }

    private static Map<Position, Quantity> nonZero(Map<Position, Quantity> stock) {
        return stock.entrySet().stream().filter(e -> !e.getValue().isZero())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A count for a vendor without bins: the same lines, without bin or lot (as the apply chain makes it). */
    private static Scenario coarse(Scenario scenario) {
        var lines = scenario.count().lines().stream().map(line -> new dev.stockadj.core.model.count.CountLine(
                line.lineNo(), line.item(), line.counted(), Optional.empty(), line.bookAtCount(), Optional.empty(),
                Optional.empty(), Optional.empty())).toList();
        var count = scenario.count();
        return new Scenario(new dev.stockadj.core.model.count.StockCount(count.reference(), count.location(),
                count.date(), count.memo(), count.currency(), lines), scenario.books().coarse());
    }

    /** The next one to three calls to the vendor (posts, deletes) fail as drawn. */
    static final class InjectFault implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.of(InMemoryVendor.Fault.class).list().ofMinSize(1).ofMaxSize(3).map(faults ->
                    Transformer.mutate("fail next with " + faults, world -> world.vendor.failNext(
                            faults.toArray(new InMemoryVendor.Fault[0]))));
        }
    }
}
