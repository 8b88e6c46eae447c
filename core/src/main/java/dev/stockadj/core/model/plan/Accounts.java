package dev.stockadj.core.model.plan;

import dev.stockadj.core.model.AccountId;

import java.util.Objects;

/** Where gains (stock found) and losses (shrinkage) are posted. */
public record Accounts(AccountId gain, AccountId loss) {
    public Accounts {
        Objects.requireNonNull(gain, "gain account is required");
        Objects.requireNonNull(loss, "loss account is required");
    }

    public boolean same() {
        return gain.equals(loss);
    }
}
