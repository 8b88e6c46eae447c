package dev.stockadj.core.port.in;

/**
 * Applies a count exactly once through the journal: freezes the plan on first run, continues the
 * frozen plan on re-runs, resolves uncertain documents before re-sending anything.
 */
public interface ApplyCountUseCase {
    ApplyResult apply(CountCommand command);
}
