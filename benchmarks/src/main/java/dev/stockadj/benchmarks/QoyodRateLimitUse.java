package dev.stockadj.benchmarks;

import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.plumbing.http.RateLimit;
import dev.stockadj.plumbing.sandbox.RateUse;
import dev.stockadj.qoyod.QoyodAdapter;
import dev.stockadj.qoyod.QoyodSettings;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;

import java.time.Duration;
import java.util.Optional;

/**
 * Issue 11's rate-limit figure for Qoyod, in real time: 581 documents POSTed through {@link QoyodAdapter} to Qoyod's
 * sandbox, both at Qoyod's 300 requests a minute (the sandbox counts any 60 s; the adapter knows the limit from its
 * defaults, or, with {@code unknown}, learns it from the first 429). Prints how much of the limit was used and how
 * many 429s came back ({@link RateUse}); exits 1 when a known limit met a 429 or used less than 95 % of it. About
 * two minutes, most of it the limit's own waiting.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.stockadj.benchmarks.QoyodRateLimitUse [documents] [known|unknown]}
 */
public final class QoyodRateLimitUse {
    private QoyodRateLimitUse() {
    }

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 581;
        boolean known = args.length < 2 || !args[1].equals("unknown");
        int limit = QoyodSettings.DEFAULT_REQUESTS_PER_MINUTE;
        Duration window = Duration.ofMinutes(1);
        RateUse use;
        long started = System.nanoTime();
        try (SandboxedQoyod wide = new SandboxedQoyod()) {
            AdjustmentDocument document = wide.plannedDocument();
            QoyodSandbox sandbox = wide.sandbox;
            sandbox.rateLimit(limit, window);
            sandbox.clearRequests();
            QoyodSettings settings = known ? wide.settings.withRateLimit(new RateLimit(limit, window))
                    : wide.settings.withRateLimitUnknown();
            try (QoyodAdapter adapter = QoyodAdapter.create(settings)) {
                for (int i = 0; i < documents; i++) {
                    adapter.post(document);
                }
            } catch (VendorFailure e) {
                System.err.printf("the run stopped at a failure the adapter reported: %s%n", e.getMessage());
                System.exit(1);
            }
            use = RateUse.of(sandbox.received(), limit, window);
        }
        System.out.printf("Qoyod sandbox, %d per %d s, limit %s to the adapter: %d documents POSTed in %.1f s,"
                        + " %d answered, %d × 429, use %.1f %%%n", limit, window.toSeconds(), known ? "known" : "unknown",
                documents, (System.nanoTime() - started) / 1e9, use.answered(), use.limited(), 100 * use.use());
        if (known && (use.limited() > 0 || use.use() < 0.95)) {
            System.exit(1);
        }
    }
}
