package dev.stockadj.qoyod.sandbox;

/**
 * How the sandbox answers the next accepted adjustment other than it stored it ({@link QoyodSandbox#tamperNextAnswer}):
 * the stock is set as sent, but the answer says something else — what the seed document's "Verification"
 * section tells a client to check.
 */
public enum Tamper {
    /** The first line's {@code quantity} is one more than the {@code actual_quantity} sent. */
    QUANTITY,
    /** The last line is missing from {@code line_items}. */
    MISSING_LINE,
    /** {@code expense_account} names another account than the one sent. */
    OTHER_ACCOUNT
}
