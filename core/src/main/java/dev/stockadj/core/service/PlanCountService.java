package dev.stockadj.core.service;

import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Frozen;
import dev.stockadj.core.port.in.PlanCountUseCase;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.ReferenceReused;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.VendorPorts;

import java.util.Optional;

/**
 * Shows what applying a count would do; sends and journals nothing. With the journal it reads what apply
 * would find there first: a count already frozen is shown as frozen ({@link Frozen}: apply continues it,
 * never plans it again), and a reference used for other content is refused as apply would refuse it.
 */
public final class PlanCountService implements PlanCountUseCase {
    private final CountPlanning planning;
    private final Optional<FrozenCounts> frozen;

    /** Plans against the vendor only, as if the journal held nothing. */
    public PlanCountService(VendorPorts vendor) {
        this.planning = new CountPlanning(vendor);
        this.frozen = Optional.empty();
    }

    /** Plans as apply would, reading (never writing) the journal first. */
    public PlanCountService(VendorPorts vendor, JournalPort journal) {
        this.planning = new CountPlanning(vendor);
        this.frozen = Optional.of(new FrozenCounts(journal, vendor));
    }

    @Override
    public PlanResult plan(CountCommand command) {
        Optional<PlanResult> refusal = planning.refusal().map(PlanResult.class::cast);
        if (refusal.isPresent() || frozen.isEmpty()) {
            return refusal.orElseGet(() -> planning.plan(command));
        }
        Optional<CountPlan> earlier = frozen.get().of(command.count().reference());
        if (earlier.isEmpty()) {
            return planning.plan(command);
        }
        if (!frozen.get().isThis(earlier.get(), command.count())) {
            return new ReferenceReused(command.count().reference());
        }
        Frozen found = new Frozen(earlier.get(), frozen.get().outcomes(earlier.get()));
        if (found.documents().stream().anyMatch(d -> d.state() == DocumentState.REVERTED)) {
            return new Refused("count " + found.plan().reference() + " was reverted (stockadj revert); applying it"
                    + " again needs a new count reference (--count-ref)");
        }
        return found;
    }
}
