package dev.stockadj.core.port.in;

/** The outcome of planning: a plan, or why there is none. */
public sealed interface PlanResult permits Planned, Invalid, Conflicted, Refused {
}
