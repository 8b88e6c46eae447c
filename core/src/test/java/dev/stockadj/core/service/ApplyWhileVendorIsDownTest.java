package dev.stockadj.core.service;

import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.InMemoryVendor;
import dev.stockadj.core.testing.InMemoryVendor.Fault;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-run that finds an UNCERTAIN document while the vendor still cannot be read: it must not
 * guess. The document stays UNCERTAIN, nothing is sent, and the halt says why.
 */
class ApplyWhileVendorIsDownTest {
    private static final LocationId WAREHOUSE = new LocationId("12");
    private static final Accounts ACCOUNTS = new Accounts(new AccountId("301"), new AccountId("502"));
    private static final ItemId WIDGET = new ItemId("88");

    private final InMemoryJournal journal = new InMemoryJournal();

    private static InMemoryVendor seeded(InMemoryVendor vendor) {
        return vendor.location(WAREHOUSE).accounts(ACCOUNTS).item(WIDGET, Optional.empty())
                .stock(WAREHOUSE, Position.of(WIDGET), Quantity.of(47));
    }

    private ApplyReport apply(InMemoryVendor vendor) {
        CountCommand command = new CountCommand(new StockCount(new CountReference("c1"), WAREHOUSE,
                LocalDate.of(2026, 5, 18), "", Currency.getInstance("SAR"), List.of(CountLine.of(1, WIDGET,
                Quantity.of(50)))), Optional.of(ACCOUNTS), ConflictPolicy.FAIL);
        return (ApplyReport) new ApplyCountService(VendorPorts.quantities(vendor), journal, new ManualClock()).apply(command);
    }

    private void stillUncertainAndNothingSent(InMemoryVendor vendor, Halt.Reason reason) {
        vendor.failNext(Fault.LANDED_THEN_LOST);
        assertThat(apply(vendor).documents().get(0).state()).isEqualTo(DocumentState.UNCERTAIN);
        vendor.failReads(reason == Halt.Reason.AUTH_FAILED ? new VendorAuthFailed(401, "unauthorised")
                : new VendorUnavailable(false, "connection refused", null));

        ApplyReport again = apply(vendor);

        assertThat(again.documents().get(0).state()).isEqualTo(DocumentState.UNCERTAIN);
        assertThat(again.halt()).map(Halt::reason).contains(reason);
        assertThat(vendor.sends()).hasSize(1);

        vendor.clearFaults();
        assertThat(apply(vendor).complete()).as("settled once the vendor answers").isTrue();
        assertThat(vendor.sends()).hasSize(1);
        assertThat(vendor.applications()).allSatisfy((key, times) -> assertThat(times).isEqualTo(1));
    }

    @Test
    void resolvingByStockWhileTheVendorIsUnreachableLeavesTheDocumentUncertain() {
        stillUncertainAndNothingSent(seeded(new InMemoryVendor(InMemoryVendor.absoluteCapabilities(500))),
                Halt.Reason.UNREACHABLE);
    }

    @Test
    void resolvingBySearchWithTheKeyRefusedLeavesTheDocumentUncertain() {
        stillUncertainAndNothingSent(seeded(new InMemoryVendor(InMemoryVendor.deltaCapabilities(500))),
                Halt.Reason.AUTH_FAILED);
    }
}
