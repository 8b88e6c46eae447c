package dev.stockadj.core.service;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.in.VerifyResult;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.InMemoryVendor;
import dev.stockadj.core.testing.ManualClock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One warehouse, two items, a journal and a clock: apply a count, then verify and revert it through fresh services,
 * as separate runs of the command line would.
 */
final class LoopFixture {
    static final LocationId WAREHOUSE = new LocationId("12");
    static final Accounts ACCOUNTS = new Accounts(new AccountId("301"), new AccountId("502"));
    static final ItemId WIDGET = new ItemId("88");
    static final ItemId GADGET = new ItemId("91");
    static final Quantity WIDGET_BOOK = Quantity.of(40);
    static final Quantity GADGET_BOOK = Quantity.of(130);

    final InMemoryVendor vendor;
    final InMemoryJournal journal = new InMemoryJournal();
    final ManualClock clock = new ManualClock();

    LoopFixture(InMemoryVendor vendor) {
        this.vendor = vendor.location(WAREHOUSE).accounts(ACCOUNTS)
                .item(WIDGET, Optional.of(new Sku("WID-A"))).item(GADGET, Optional.of(new Sku("GAD-B")))
                .stock(WAREHOUSE, Position.of(WIDGET), WIDGET_BOOK)
                .stock(WAREHOUSE, Position.of(GADGET), GADGET_BOOK);
    }

    /** Like Qoyod: absolute quantities, no delete. */
    static LoopFixture absolute() {
        return new LoopFixture(new InMemoryVendor(InMemoryVendor.absoluteCapabilities(500)));
    }

    /** Like Order Time: deltas, one account per document (so a gain and a loss are two documents), delete. */
    static LoopFixture delta() {
        return new LoopFixture(new InMemoryVendor(InMemoryVendor.deltaCapabilities(500)));
    }

    static CountCommand count(String reference, String widget, String gadget) {
        return new CountCommand(new StockCount(new CountReference(reference), WAREHOUSE, LocalDate.of(2026, 5, 18),
                "weekly", Currency.getInstance("SAR"), List.of(line(1, WIDGET, widget), line(2, GADGET, gadget))),
                Optional.of(ACCOUNTS), ConflictPolicy.FAIL);
    }

    private static CountLine line(int no, ItemRef item, String counted) {
        return new CountLine(no, item, Quantity.of(counted), Optional.of(UnitCost.of("12.50")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Applies WIDGET 40 → 50 (a gain) and GADGET 130 → 120 (a loss) as count {@code reference}; every document applied. */
    ApplyReport applied(String reference) {
        ApplyReport report = (ApplyReport) new ApplyCountService(VendorPorts.quantities(vendor), journal, clock)
                .apply(count(reference, "50", "120"));
        assertThat(report.complete()).as("applied: %s", report).isTrue();
        return report;
    }

    VerifyResult verify(String reference) {
        return new VerifyCountService(VendorPorts.quantities(vendor), journal, journal).verify(new CountReference(reference));
    }

    RevertResult revert(String reference, ConflictPolicy policy) {
        return reverting().revert(new RevertCommand(new CountReference(reference), policy, false));
    }

    RevertResult planRevert(String reference) {
        return reverting().revert(new RevertCommand(new CountReference(reference), ConflictPolicy.FAIL, true));
    }

    RevertCountService reverting() {
        return new RevertCountService(VendorPorts.quantities(vendor), journal, journal, clock,
                Duration.ofMinutes(5));
    }

    Quantity stock(ItemId item) {
        return vendor.stockAt(WAREHOUSE, Position.of(item));
    }
}
