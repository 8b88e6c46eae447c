package dev.stockadj.core.service;

import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.CountArbitraries;
import dev.stockadj.core.testing.CountArbitraries.Scenario;
import dev.stockadj.core.testing.InMemoryVendor;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apply → failure → re-apply, at random, against the in-memory vendor: rejections, outcomes in
 * doubt that landed or did not, rate limits, refused connections, and processes killed mid-send
 * (restarts). Whatever happens: no APPLIED document is sent again, no document changes the books
 * twice, and once the faults stop, re-running settles every document and the books equal the count.
 */
class ApplyChainProperties {

    /** A chain's world, with the sends counted when each document was first seen APPLIED. */
    static final class World extends ChainPlumbing.World {
        final Scenario scenario;
        final Map<IdempotencyKey, Long> sendsWhenApplied = new HashMap<>();

        World(ChainPlumbing.Setup setup) {
            super(setup);
            this.scenario = setup.scenario();
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

        @Override
        public String toString() {
            return "World" + scenario.count().lines().size() + " lines";
        }
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        return ChainPlumbing.setups().flatMap(setup -> ChainPlumbing.withFaultsAndTime(
                ActionChain.startWith(() -> new World(setup))
                        .withAction(3, Action.just("apply", Transformer.mutate("apply", World::apply)))));
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
        ChainPlumbing.settle(world, world::apply, last -> last instanceof ApplyReport report && report.complete(),
                "settled");
        List<JournalEntry> entries = world.journal.entries(world.command.count().reference());
        assertThat(entries).allSatisfy(e -> assertThat(e.state()).isEqualTo(DocumentState.APPLIED));
        world.vendor.applications().values().forEach(times -> assertThat(times).isEqualTo(1));
        PlannerProperties.counted(world.scenario.count(), world.vendor.capabilities().binsAndLots())
                .forEach((position, quantity) -> assertThat(covered(world, position))
                        .as("%s after settling", position).isEqualTo(quantity));
    }

    private static Quantity covered(World world, Position position) {
        return new Coverage.Index(new BookQuantities(world.vendor.stockAt(CountArbitraries.LOCATION))).book(position);
    }
}
