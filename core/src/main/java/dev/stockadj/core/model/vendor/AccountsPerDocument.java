package dev.stockadj.core.model.vendor;

/** Whether one document carries both the gain and the loss account, or a single offset account. */
public enum AccountsPerDocument {
    /** Gains and losses on their own accounts in one document (Qoyod revenue and expense accounts). */
    GAIN_AND_LOSS,
    /** One offset account per document (Order Time {@code AccountRef}). */
    SINGLE
}
