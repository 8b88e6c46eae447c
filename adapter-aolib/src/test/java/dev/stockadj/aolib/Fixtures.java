package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.VendorName;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Shared test data: settings for a sandbox or a mock server, positions and documents. */
final class Fixtures {

    static final LocationId HQ = new LocationId(String.valueOf(OrderTimeSeed.HQ));
    static final Accounts ACCOUNTS = new Accounts(new AccountId(String.valueOf(OrderTimeSeed.GAIN_ACCOUNT)),
            new AccountId(String.valueOf(OrderTimeSeed.LOSS_ACCOUNT)));
    private static final AtomicLong KEYS = new AtomicLong(1);

    private Fixtures() {
    }

    static OrderTimeSettings settings(OrderTimeSandbox sandbox) {
        return settings(sandbox.baseUrl(), sandbox.apiKey(), sandbox.email(), sandbox.password());
    }

    static OrderTimeSettings settings(URI baseUrl, Secret apiKey, String email, Secret password) {
        return OrderTimeSettings.defaults(baseUrl, apiKey, email, Optional.of(password), Optional.empty())
                .withRequestsPerMinute(OrderTimeSettings.MAX_REQUESTS_PER_MINUTE)
                .withReadTimeout(Duration.ofSeconds(5));
    }

    static ItemId item(int id) {
        return new ItemId(String.valueOf(id));
    }

    static Position at(int item, String bin, String lot) {
        return new Position(item(item), Optional.ofNullable(bin).map(Bin::new), Optional.ofNullable(lot).map(LotNumber::new));
    }

    static PlannedLine line(Position position, String book, String target) {
        return new PlannedLine(position, List.of(1), Quantity.of(book), Quantity.of(target), Optional.empty(),
                Optional.empty());
    }

    static IdempotencyKey newKey() {
        return new IdempotencyKey(IdempotencyKey.PREFIX + HexFormat.of().toHexDigits(KEYS.getAndIncrement())
                + "00000000");
    }

    static AdjustmentDocument document(PlannedLine... lines) {
        return document(0, newKey(), LocalDate.of(2026, 5, 18), List.of(lines));
    }

    static AdjustmentDocument document(int index, IdempotencyKey key, LocalDate date, List<PlannedLine> lines) {
        return new AdjustmentDocument(index, key, new VendorName("ordertime"), new CountReference("test-count"), HQ,
                date, "cycle count", QuantityMode.DELTA, ACCOUNTS, lines);
    }
}
