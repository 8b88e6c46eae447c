package dev.stockadj.core.port.in;

/**
 * Undoes an applied count (or a Foodics costs run) where the vendor allows it, exactly once: the undo steps are
 * frozen in the journal and journalled like an apply's documents, so a re-run after a kill continues them and
 * resolves an uncertain step before sending it again.
 */
public interface RevertCountUseCase {
    RevertResult revert(RevertCommand command);
}
