package dev.stockadj.core.model;

/** A ledger account in the vendor's chart of accounts. */
public record AccountId(String value) {
    public AccountId {
        value = Text.require(value, "account id", 128);
    }

    @Override
    public String toString() {
        return value;
    }
}
