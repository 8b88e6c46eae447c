package dev.stockadj.core.service;

import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.PlanCountUseCase;
import dev.stockadj.core.port.in.PlanResult;

/** Shows what applying a count would send; reads the vendor, sends and journals nothing. */
public final class PlanCountService implements PlanCountUseCase {
    private final CountPlanning planning;

    public PlanCountService(QuantityVendor vendor) {
        this.planning = new CountPlanning(vendor);
    }

    @Override
    public PlanResult plan(CountCommand command) {
        return planning.plan(command);
    }
}
