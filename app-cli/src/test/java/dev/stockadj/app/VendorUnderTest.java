package dev.stockadj.app;

import dev.stockadj.aolib.OrderTimeAdapter;
import dev.stockadj.aolib.OrderTimeSettings;
import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.aolib.sandbox.SandboxFailure;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.UserId;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.costadj.FoodicsAdapter;
import dev.stockadj.costadj.FoodicsSettings;
import dev.stockadj.costadj.sandbox.Fault;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.qoyod.QoyodAdapter;
import dev.stockadj.qoyod.QoyodSettings;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import okhttp3.OkHttpClient;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One vendor as {@link AdaptersBehaveAlikeTest} drives it: its sandbox (started through its public start API), its
 * adapter on a base URL, a caller's client and a clock, one read and one write, and the sandbox's way of storing a
 * write and then dropping the connection.
 */
final class VendorUnderTest implements AutoCloseable {
    /** An adapter of this vendor, reduced to what the test asks of every vendor. */
    interface Connected extends AutoCloseable {
        Object read();

        Object write();

        @Override
        void close();
    }

    /** Builds the vendor's adapter on a base URL, the caller's client and a clock. */
    @FunctionalInterface
    private interface Connector {
        Connected connect(URI base, OkHttpClient callers, ClockPort clock);
    }

    private final String name;
    private final AutoCloseable sandbox;
    private final URI sandboxUrl;
    private final Runnable storeNextWriteThenDrop;
    private final Connector connector;

    private VendorUnderTest(String name, AutoCloseable sandbox, URI sandboxUrl, Runnable storeNextWriteThenDrop,
                            Connector connector) {
        this.name = name;
        this.sandbox = sandbox;
        this.sandboxUrl = sandboxUrl;
        this.storeNextWriteThenDrop = storeNextWriteThenDrop;
        this.connector = connector;
    }

    /** The vendor named, its sandbox started. */
    static VendorUnderTest started(String name) {
        return switch (name) {
            case "Qoyod" -> qoyod();
            case "Foodics" -> foodics();
            case "Order Time" -> orderTime();
            default -> throw new IllegalArgumentException("no such vendor: " + name);
        };
    }

    URI sandboxUrl() {
        return sandboxUrl;
    }

    Connected connect(URI base, OkHttpClient callers, ClockPort clock) {
        return connector.connect(base, callers, clock);
    }

    void storeNextWriteThenDrop() {
        storeNextWriteThenDrop.run();
    }

    @Override
    public void close() throws Exception {
        sandbox.close();
    }

    @Override
    public String toString() {
        return name;
    }

    private static VendorUnderTest qoyod() {
        QoyodSandbox sandbox = QoyodSandbox.start(0);
        AdjustmentDocument document = new AdjustmentDocument(0, KEY, new VendorName("qoyod"), new CountReference("alike"),
                new LocationId("12"), DAY, "alike", QuantityMode.ABSOLUTE,
                new Accounts(new AccountId("301"), new AccountId("502")), List.of(line("88", "40", "50")));
        return new VendorUnderTest("Qoyod", sandbox, sandbox.baseUrl(),
                () -> sandbox.failNext(dev.stockadj.qoyod.sandbox.SandboxFailure.STORE_THEN_DROP),
                (base, callers, clock) -> {
                    QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(base, sandbox.apiKey())
                            .withHttpClient(callers), clock);
                    return of(adapter, () -> adapter.verify(new LocationId("12"), Optional.empty()),
                            () -> adapter.post(document));
                });
    }

    private static VendorUnderTest foodics() {
        FoodicsSandbox sandbox = FoodicsSandbox.start(0);
        CostAdjustmentDraft draft = new CostAdjustmentDraft(new LocationId(FoodicsSandbox.BRANCH_RIYADH), DAY,
                CostAdjustmentStatus.DRAFT, "alike", Optional.of(KEY.value()),
                List.of(new CostItem(new ItemId(FoodicsSandbox.ITEM_FLOUR), UnitCost.of("44.10"))));
        return new VendorUnderTest("Foodics", sandbox, sandbox.baseUrl(), () -> sandbox.failNext(Fault.STORE_THEN_DROP),
                (base, callers, clock) -> {
                    FoodicsAdapter adapter = FoodicsAdapter.create(FoodicsSettings.defaults(base, sandbox.token())
                            .withCreatorId(new UserId(FoodicsSandbox.USER)).withHttpClient(callers), clock);
                    return of(adapter, () -> adapter.verify(new LocationId(FoodicsSandbox.BRANCH_RIYADH),
                            Optional.empty()), () -> adapter.create(draft));
                });
    }

    private static VendorUnderTest orderTime() {
        OrderTimeSandbox sandbox = OrderTimeSandbox.start(0);
        LocationId hq = new LocationId(String.valueOf(OrderTimeSeed.HQ));
        AdjustmentDocument document = new AdjustmentDocument(0, KEY, new VendorName("ordertime"),
                new CountReference("alike"), hq, DAY, "alike", QuantityMode.DELTA,
                new Accounts(new AccountId(String.valueOf(OrderTimeSeed.GAIN_ACCOUNT)),
                        new AccountId(String.valueOf(OrderTimeSeed.LOSS_ACCOUNT))),
                List.of(line(String.valueOf(OrderTimeSeed.WIDGET), "40", "45")));
        return new VendorUnderTest("Order Time", sandbox, sandbox.baseUrl(),
                () -> sandbox.failNextAdjustmentPost(SandboxFailure.STORE_THEN_DROP),
                (base, callers, clock) -> {
                    OrderTimeAdapter adapter = OrderTimeAdapter.create(OrderTimeSettings.defaults(base, sandbox.apiKey(),
                            sandbox.email(), Optional.of(sandbox.password()), Optional.empty())
                            .withHttpClient(callers), clock);
                    return of(adapter, () -> adapter.verify(hq, Optional.empty()), () -> adapter.post(document));
                });
    }

    private static final IdempotencyKey KEY = new IdempotencyKey("sa1-0123456789abcdef01234567");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    private static Connected of(AutoCloseable adapter, Supplier<Object> read, Supplier<Object> write) {
        return new Connected() {
            @Override
            public Object read() {
                return read.get();
            }

            @Override
            public Object write() {
                return write.get();
            }

            @Override
            public void close() {
                try {
                    adapter.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static PlannedLine line(String item, String book, String target) {
        return new PlannedLine(Position.of(new ItemId(item)), List.of(1), Quantity.of(book), Quantity.of(target),
                Optional.of(UnitCost.of("2.50")), Optional.empty());
    }
}
