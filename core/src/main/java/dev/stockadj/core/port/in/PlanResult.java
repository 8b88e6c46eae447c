package dev.stockadj.core.port.in;

/**
 * The outcome of planning: a plan, the plan an earlier apply froze (what apply would continue), or why there is
 * none — including a reference already used with other content, which apply would refuse.
 */
public sealed interface PlanResult permits Planned, Frozen, Invalid, Conflicted, Refused, ReferenceReused {
}
