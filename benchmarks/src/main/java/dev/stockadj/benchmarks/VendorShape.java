package dev.stockadj.benchmarks;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.vendor.AccountsPerDocument;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.vendor.ReadBack;
import dev.stockadj.core.model.vendor.VendorCapabilities;

/** The two kinds of quantity vendor the core plans for, with the capabilities of the vendor that is each. */
public enum VendorShape {
    /** Signed deltas with bins and lots, one offset account per document (gains and losses apart), like Order Time. */
    DELTA(new VendorCapabilities(new VendorName("ordertime"), QuantityMode.DELTA, AccountsPerDocument.SINGLE, 200,
            4, 4, true, true, false, ReadBack.BY_SEARCH, false)),
    /** Absolute targets per item, both accounts in one document, like Qoyod. */
    ABSOLUTE(new VendorCapabilities(new VendorName("qoyod"), QuantityMode.ABSOLUTE, AccountsPerDocument.GAIN_AND_LOSS,
            500, 4, 4, false, false, false, ReadBack.NONE, false));

    static final Accounts ACCOUNTS = new Accounts(new AccountId("301"), new AccountId("502"));

    private final VendorCapabilities capabilities;

    VendorShape(VendorCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    public VendorCapabilities capabilities() {
        return capabilities;
    }

    /** Whether its counts name bins and lots. */
    public boolean detailed() {
        return capabilities.binsAndLots();
    }
}
