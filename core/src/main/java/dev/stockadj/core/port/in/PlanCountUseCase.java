package dev.stockadj.core.port.in;

/** Shows what applying a count would send, without sending or journalling anything. */
public interface PlanCountUseCase {
    PlanResult plan(CountCommand command);
}
