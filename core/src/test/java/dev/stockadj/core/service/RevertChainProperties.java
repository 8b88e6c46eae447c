package dev.stockadj.core.service;

import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.CountArbitraries;
import dev.stockadj.core.testing.InMemoryVendor;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
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

    /** A chain's world, applied before the chain starts: its books before, its documents and their sends. */
    static final class World extends ChainPlumbing.World {
        final Map<Position, Quantity> before;
        final Set<IdempotencyKey> originals;
        final Map<IdempotencyKey, Long> originalSends = new HashMap<>();

        World(ChainPlumbing.Setup setup) {
            super(setup);
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

        @Override
        public String toString() {
            return "World(" + vendor.capabilities().quantityMode() + ", " + originals.size() + " document(s))";
        }
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        return ChainPlumbing.setups().flatMap(setup -> ChainPlumbing.withFaultsAndTime(
                ActionChain.startWith(() -> new World(setup))
                        .withAction(3, Action.just("revert", Transformer.mutate("revert", World::revert)))
                        .withAction(1, Action.just("apply again",
                                Transformer.mutate("apply again", World::applyAgain)))));
    }

    @Property(tries = 300)
    void revertingSurvivesEveryFailureExactlyOnce(@ForAll("chains") ActionChain<World> chain) {
        ActionChain<World> checked = chain.withInvariant("no document is deleted twice", world ->
                world.vendor.deletions().forEach((id, times) -> assertThat(times).as("deletions of %s", id).isEqualTo(1))
        ).withInvariant("no document changes the books twice", world ->
                world.vendor.applications().forEach((key, times) ->
                        assertThat(times).as("applications of %s", key).isEqualTo(1))
        ).withInvariant("the count's documents are never sent again", world ->
                world.originals.forEach(key -> assertThat(world.sends(key))
                        .isEqualTo(world.originalSends.get(key)))
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
        ChainPlumbing.settle(world, world::revert, last -> last instanceof RevertReport report && report.complete(),
                "finished");
        assertThat(world.journal.entries(world.command.count().reference())).extracting(JournalEntry::state)
                .containsOnly(DocumentState.REVERTED);
        assertThat(nonZero(world.vendor.stockAt(CountArbitraries.LOCATION))).as("the books after the revert")
                .isEqualTo(world.before);
        world.vendor.applications().values().forEach(times -> assertThat(times).isEqualTo(1));
        world.vendor.deletions().values().forEach(times -> assertThat(times).isEqualTo(1));
    }

    private static Map<Position, Quantity> nonZero(Map<Position, Quantity> stock) {
        return stock.entrySet().stream().filter(e -> !e.getValue().isZero())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
