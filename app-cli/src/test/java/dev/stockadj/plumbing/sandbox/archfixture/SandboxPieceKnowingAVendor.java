package dev.stockadj.plumbing.sandbox.archfixture;

import dev.stockadj.costadj.sandbox.FoodicsSandbox;

/** A deliberate violation, in test sources only: a shared sandbox piece that knows a vendor's sandbox. */
public final class SandboxPieceKnowingAVendor {
    private SandboxPieceKnowingAVendor() {
    }

    /** A call, not a constant: the compiler would copy a constant in and leave no dependency to see. */
    public static int items() {
        return FoodicsSandbox.seedItems().size();
    }
}
