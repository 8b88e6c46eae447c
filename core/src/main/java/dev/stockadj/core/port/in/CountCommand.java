package dev.stockadj.core.port.in;

import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.StockCount;

import java.util.Objects;
import java.util.Optional;

/**
 * Plan or apply one stock count.
 *
 * @param accounts where gains and losses post (required by vendors that post accounts)
 * @param policy   what to do when stock moved while counting
 */
public record CountCommand(StockCount count, Optional<Accounts> accounts, ConflictPolicy policy) {
    public CountCommand {
        Objects.requireNonNull(count, "count is required");
        Objects.requireNonNull(accounts, "accounts are required (may be empty)");
        Objects.requireNonNull(policy, "conflict policy is required");
    }
}
