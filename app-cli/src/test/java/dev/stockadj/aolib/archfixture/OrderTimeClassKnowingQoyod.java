package dev.stockadj.aolib.archfixture;

import dev.stockadj.qoyod.QoyodAdapter;

/**
 * A deliberate violation, never on the production class path: an Order Time class that knows a Qoyod class, for
 * {@code ArchitectureTest} to prove its "no vendor sees another vendor" rule bites.
 */
public final class OrderTimeClassKnowingQoyod {
    private OrderTimeClassKnowingQoyod() {
    }

    public static String borrowedVendorName() {
        return QoyodAdapter.VENDOR.value();
    }
}
