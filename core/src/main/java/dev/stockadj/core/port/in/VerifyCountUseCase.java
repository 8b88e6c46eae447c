package dev.stockadj.core.port.in;

import dev.stockadj.core.model.CountReference;

/**
 * Proves the books match the shelf after an apply: reads the vendor's stock now for every position of an applied
 * count (or a Foodics costs run's items' costs now) and reports each as matching, or drifted and why. Sends nothing.
 */
public interface VerifyCountUseCase {
    VerifyResult verify(CountReference reference);
}
