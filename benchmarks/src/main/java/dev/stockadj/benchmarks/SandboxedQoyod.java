package dev.stockadj.benchmarks;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.service.PlanCountService;
import dev.stockadj.plumbing.http.RateLimit;
import dev.stockadj.qoyod.QoyodAdapter;
import dev.stockadj.qoyod.QoyodSettings;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Qoyod's sandbox on loopback and a {@link QoyodAdapter} on it, both with their rate limits opened wide: Qoyod's 300
 * requests a minute (the sandbox's window and the adapter's default alike) would make every figure the limit's, five
 * requests a second. What is left is what each request costs. Counts come one after another, each under a new
 * reference, one line (WID-A by SKU) counted at a quantity the stock is not at, so each plans to one document.
 */
final class SandboxedQoyod implements AutoCloseable {
    static final LocationId MAIN = new LocationId(Long.toString(QoyodSandbox.MAIN_WAREHOUSE));
    static final Accounts ACCOUNTS = new Accounts(new AccountId(Long.toString(QoyodSandbox.GAINS_ACCOUNT)),
            new AccountId(Long.toString(QoyodSandbox.SHRINKAGE_ACCOUNT)));
    /** More requests than can be sent in any second: neither side ever counts one too many. */
    static final RateLimit WIDE_OPEN = new RateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1));

    final QoyodSandbox sandbox;
    final QoyodSettings settings;
    final QoyodAdapter adapter;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private long counts;

    SandboxedQoyod() {
        sandbox = QoyodSandbox.start(0);
        sandbox.rateLimit(WIDE_OPEN.requests(), WIDE_OPEN.window());
        settings = QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey()).withRateLimit(WIDE_OPEN);
        adapter = QoyodAdapter.create(settings);
    }

    /** The adapter as the use cases see it. */
    VendorPorts ports() {
        return VendorPorts.quantities(adapter);
    }

    /** The next count: a reference not used before, and WID-A at a quantity no earlier count of this run set. */
    CountCommand nextCount() {
        counts++;
        StockCount count = new StockCount(new CountReference("bench-" + run + "-" + counts), MAIN,
                LocalDate.of(2026, 11, 26), "", Currency.getInstance("SAR"),
                List.of(CountLine.of(1, new Sku("WID-A"), Quantity.of(1_000 + counts))));
        return new CountCommand(count, Optional.of(ACCOUNTS), ConflictPolicy.FAIL);
    }

    /** The one document of a count planned now: Qoyod takes it again and again (it sets the same stock each time). */
    AdjustmentDocument plannedDocument() {
        PlanResult planned = new PlanCountService(ports()).plan(nextCount());
        if (!(planned instanceof Planned plan) || plan.plan().documents().size() != 1) {
            throw new IllegalStateException("expected one planned document, got " + planned);
        }
        return plan.plan().documents().get(0);
    }

    @Override
    public void close() {
        adapter.close();
        sandbox.close();
    }
}
