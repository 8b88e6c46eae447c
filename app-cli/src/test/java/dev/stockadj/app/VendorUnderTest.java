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

/**
 * One vendor as {@link AdaptersBehaveAlikeTest} drives it: its sandbox (started through its public start API), its
 * adapter on a base URL, a caller's client and a clock, one read and one write, and the sandbox's way of storing a
 * write and then dropping the connection.
 */
abstract class VendorUnderTest implements AutoCloseable {
    /** An adapter of this vendor, reduced to what the test asks of every vendor. */
    interface Connected extends AutoCloseable {
        Object read();

        Object write();

        @Override
        void close();
    }

    abstract URI sandboxUrl();

    abstract Connected connect(URI base, OkHttpClient callers, ClockPort clock);

    abstract void storeNextWriteThenDrop();

    @Override
    public abstract void close();

    /** The vendor named, its sandbox started. */
    static VendorUnderTest started(String name) {
        return switch (name) {
            case "Qoyod" -> new Qoyod();
            case "Foodics" -> new Foodics();
            case "Order Time" -> new OrderTime();
            default -> throw new IllegalArgumentException("no such vendor: " + name);
        };
    }

    private static Connected of(AutoCloseable adapter, java.util.function.Supplier<Object> read,
                                java.util.function.Supplier<Object> write) {
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

    static final class Qoyod extends VendorUnderTest {
        private final QoyodSandbox sandbox = QoyodSandbox.start(0);

        @Override
        URI sandboxUrl() {
            return sandbox.baseUrl();
        }

        @Override
        Connected connect(URI base, OkHttpClient callers, ClockPort clock) {
            QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(base, sandbox.apiKey())
                    .withHttpClient(callers), clock);
            AdjustmentDocument document = new AdjustmentDocument(0, new IdempotencyKey("sa1-0123456789abcdef01234567"),
                    new VendorName("qoyod"), new CountReference("alike"), new LocationId("12"), LocalDate.of(2026, 11, 26),
                    "alike", QuantityMode.ABSOLUTE, new Accounts(new AccountId("301"), new AccountId("502")),
                    List.of(line("88", "40", "50")));
            return of(adapter, () -> adapter.verify(new LocationId("12"), Optional.empty()), () -> adapter.post(document));
        }

        @Override
        void storeNextWriteThenDrop() {
            sandbox.failNext(dev.stockadj.qoyod.sandbox.SandboxFailure.STORE_THEN_DROP);
        }

        @Override
        public void close() {
            sandbox.close();
        }

        @Override
        public String toString() {
            return "Qoyod";
        }
    }

    static final class Foodics extends VendorUnderTest {
        private final FoodicsSandbox sandbox = FoodicsSandbox.start(0);

        @Override
        URI sandboxUrl() {
            return sandbox.baseUrl();
        }

        @Override
        Connected connect(URI base, OkHttpClient callers, ClockPort clock) {
            FoodicsAdapter adapter = FoodicsAdapter.create(FoodicsSettings.defaults(base, sandbox.token())
                    .withCreatorId(new UserId(FoodicsSandbox.USER)).withHttpClient(callers), clock);
            CostAdjustmentDraft draft = new CostAdjustmentDraft(new LocationId(FoodicsSandbox.BRANCH_RIYADH),
                    LocalDate.of(2026, 11, 26), CostAdjustmentStatus.DRAFT, "alike",
                    Optional.of("sa1-0123456789abcdef01234567"),
                    List.of(new CostItem(new ItemId(FoodicsSandbox.ITEM_FLOUR), UnitCost.of("44.10"))));
            return of(adapter, () -> adapter.verify(new LocationId(FoodicsSandbox.BRANCH_RIYADH), Optional.empty()),
                    () -> adapter.create(draft));
        }

        @Override
        void storeNextWriteThenDrop() {
            sandbox.failNext(Fault.STORE_THEN_DROP);
        }

        @Override
        public void close() {
            sandbox.close();
        }

        @Override
        public String toString() {
            return "Foodics";
        }
    }

    static final class OrderTime extends VendorUnderTest {
        private final OrderTimeSandbox sandbox = OrderTimeSandbox.start(0);

        @Override
        URI sandboxUrl() {
            return sandbox.baseUrl();
        }

        @Override
        Connected connect(URI base, OkHttpClient callers, ClockPort clock) {
            OrderTimeAdapter adapter = OrderTimeAdapter.create(OrderTimeSettings.defaults(base, sandbox.apiKey(),
                    sandbox.email(), Optional.of(sandbox.password()), Optional.empty()).withHttpClient(callers), clock);
            AdjustmentDocument document = new AdjustmentDocument(0, new IdempotencyKey("sa1-0123456789abcdef01234567"),
                    new VendorName("ordertime"), new CountReference("alike"),
                    new LocationId(String.valueOf(OrderTimeSeed.HQ)), LocalDate.of(2026, 11, 26), "alike",
                    QuantityMode.DELTA, new Accounts(new AccountId(String.valueOf(OrderTimeSeed.GAIN_ACCOUNT)),
                    new AccountId(String.valueOf(OrderTimeSeed.LOSS_ACCOUNT))),
                    List.of(line(String.valueOf(OrderTimeSeed.WIDGET), "40", "45")));
            return of(adapter, () -> adapter.verify(new LocationId(String.valueOf(OrderTimeSeed.HQ)), Optional.empty()),
                    () -> adapter.post(document));
        }

        @Override
        void storeNextWriteThenDrop() {
            sandbox.failNextAdjustmentPost(SandboxFailure.STORE_THEN_DROP);
        }

        @Override
        public void close() {
            sandbox.close();
        }

        @Override
        public String toString() {
            return "Order Time";
        }
    }
}
