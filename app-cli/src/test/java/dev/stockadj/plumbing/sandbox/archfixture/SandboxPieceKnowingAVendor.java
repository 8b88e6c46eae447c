package dev.stockadj.plumbing.sandbox.archfixture;

import dev.stockadj.costadj.sandbox.FoodicsSandbox;

/** A deliberate violation, in test sources only: a shared sandbox piece that knows a vendor's sandbox. */
public final class SandboxPieceKnowingAVendor {
    private SandboxPieceKnowingAVendor() {
    }

    public static String token() {
        return FoodicsSandbox.TOKEN;
    }
}
