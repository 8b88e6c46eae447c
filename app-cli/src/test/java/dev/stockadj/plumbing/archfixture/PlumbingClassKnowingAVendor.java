package dev.stockadj.plumbing.archfixture;

import dev.stockadj.qoyod.QoyodAdapter;

/** A deliberate violation, in test sources only: shared adapter plumbing that knows a vendor. */
public final class PlumbingClassKnowingAVendor {
    private PlumbingClassKnowingAVendor() {
    }

    public static String vendor() {
        return QoyodAdapter.VENDOR.value();
    }
}
