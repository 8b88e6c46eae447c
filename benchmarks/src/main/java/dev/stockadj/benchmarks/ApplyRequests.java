package dev.stockadj.benchmarks;

import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.service.ApplyCountService;

/**
 * Says, once before the clock starts, what one apply asks of the vendor and of the journal: the requests of its
 * planning and its POST, and the journal's writes (transactions) and reads. A figure per document means little
 * without them.
 */
final class ApplyRequests {
    private ApplyRequests() {
    }

    static void print(SandboxedQoyod qoyod, JournalPort journal) {
        CountingJournal counting = new CountingJournal(journal);
        qoyod.sandbox.clearRequests();
        ApplyResult result = new ApplyCountService(qoyod.ports(), counting, ClockPort.system()).apply(qoyod.nextCount());
        if (!(result instanceof ApplyReport report) || !report.complete()) {
            throw new IllegalStateException("expected one applied document, got " + result);
        }
        System.out.println("one apply: " + qoyod.sandbox.requestCount() + " requests (" + String.join(", ",
                qoyod.sandbox.requests()) + "); journal: " + counting.writes() + " writes, " + counting.reads()
                + " reads");
        qoyod.sandbox.clearRequests();
    }
}
