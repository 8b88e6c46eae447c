package dev.stockadj.core.port.in;

/**
 * Records a cost correction exactly once: its key goes into the vendor's reference, and an
 * adjustment already carrying that key is reported instead of created again.
 */
public interface CorrectCostsUseCase {
    CostCorrectionResult correct(CostCorrectionCommand command);
}
