package dev.stockadj.benchmarks;

import java.util.function.Supplier;

/**
 * Says, once before the clock starts, which requests one apply sends: the reads of its planning and its POST. A
 * figure per document means little without them.
 */
final class ApplyRequests {
    private ApplyRequests() {
    }

    static void print(SandboxedQoyod qoyod, Supplier<?> applyOne) {
        qoyod.sandbox.clearRequests();
        applyOne.get();
        System.out.println("one apply sent " + qoyod.sandbox.requestCount() + " requests: "
                + String.join(", ", qoyod.sandbox.requests()));
        qoyod.sandbox.clearRequests();
    }
}
