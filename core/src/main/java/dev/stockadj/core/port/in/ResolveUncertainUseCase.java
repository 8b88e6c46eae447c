package dev.stockadj.core.port.in;

import dev.stockadj.core.model.IdempotencyKey;

/**
 * An operator's verdict on an UNCERTAIN document: it was applied (looked in the vendor's books)
 * or it was not (it will be sent on the next apply).
 */
public interface ResolveUncertainUseCase {
    ResolveResult resolve(IdempotencyKey key, boolean applied);
}
