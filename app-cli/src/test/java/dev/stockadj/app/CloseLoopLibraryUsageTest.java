package dev.stockadj.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockadj.aolib.OrderTimeAdapter;
import dev.stockadj.aolib.OrderTimeSettings;
import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CostUpdateResult;
import dev.stockadj.core.port.in.CostsVerifyReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.DraftUpdated;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertCountUseCase;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.in.VerifyReport;
import dev.stockadj.core.port.in.VerifyResult;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.service.CorrectCostsService;
import dev.stockadj.core.service.RevertCostsService;
import dev.stockadj.core.service.RevertCountService;
import dev.stockadj.core.service.UpdateDraftCostsService;
import dev.stockadj.core.service.VerifyCostsService;
import dev.stockadj.core.service.VerifyCountService;
import dev.stockadj.costadj.FoodicsAdapter;
import dev.stockadj.costadj.FoodicsSettings;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.journal.JdbcJournal;
import dev.stockadj.journal.JournalDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library calls for verify, revert and draft updates ("Close the loop"), run as written against the Order
 * Time and Foodics sandboxes with plain constructors.
 */
class CloseLoopLibraryUsageTest {
    @TempDir
    Path folder;

    @Test
    void theReadmesCloseTheLoopCallsVerifyAndRevertAnAppliedCountAndACostsRun() {
        try (OrderTimeSandbox otSandbox = OrderTimeSandbox.start(0); FoodicsSandbox foodicsSandbox = FoodicsSandbox.start(0);
             OrderTimeAdapter orderTime = OrderTimeAdapter.create(OrderTimeSettings.defaults(otSandbox.baseUrl(),
                     otSandbox.apiKey(), otSandbox.email(), Optional.of(otSandbox.password()), Optional.empty())
                     .withRequestsPerMinute(6000));
             FoodicsAdapter foodics = FoodicsAdapter.create(FoodicsSettings.defaults(foodicsSandbox.baseUrl(),
                     foodicsSandbox.token()).withRequestsPerMinute(6000))) {
            foodicsSandbox.rateLimit(10_000, Duration.ofMinutes(1));
            String where = folder.resolve("journal.db").toString();
            ApplyReport applied = (ApplyReport) new ApplyCountService(VendorPorts.quantities(orderTime),
                    new JdbcJournal(JournalDatabase.of(where)), ClockPort.system()).apply(new CountCommand(
                    new StockCount(new CountReference("2026-11-weekly-main"), new LocationId("10"),
                            LocalDate.of(2026, 11, 22), "weekly count", Currency.getInstance("USD"),
                            List.of(CountLine.of(1, new Sku(OrderTimeSeed.WIDGET_SKU), Quantity.of("45")))),
                    Optional.of(new Accounts(new AccountId("32"), new AccountId("33"))), ConflictPolicy.FAIL));
            assertThat(applied.complete()).isTrue();
            LocationId branch = new LocationId(FoodicsSandbox.BRANCH_RIYADH);
            CorrectCostsService corrections = new CorrectCostsService(VendorPorts.costs(foodics));
            String key = ((CostCorrectionReport) corrections.correct(new CostCorrectionCommand(branch,
                    LocalDate.of(2026, 11, 22), "", false, Currency.getInstance("SAR"),
                    List.of(new CostLine(1, new Sku("OIL-5L"), UnitCost.of("33")))))).key().value();
            String draftId = ((CostCorrectionReport) corrections.correct(new CostCorrectionCommand(branch,
                    LocalDate.of(2026, 11, 22), "", true, Currency.getInstance("SAR"),
                    List.of(new CostLine(1, new Sku("RICE-5KG"), UnitCost.of("37")))))).adjustment().id().value();
            List<CostLine> costLines = List.of(new CostLine(1, new Sku("RICE-5KG"), UnitCost.of("38")));

            // --- README: close the loop as a library ---
            JdbcJournal journal = new JdbcJournal(JournalDatabase.of(where));
            VendorPorts vendor = VendorPorts.quantities(orderTime);                 // or VendorPorts.quantities(qoyod)
            CountReference weekly = new CountReference("2026-11-weekly-main");
            VerifyResult checked = new VerifyCountService(vendor, journal, journal).verify(weekly);
            if (checked instanceof VerifyReport report && !report.matches()) { /* report.positions(): expected, found, drift */ }

            RevertCountUseCase undo = new RevertCountService(vendor, journal, journal,   // Order Time deletes its documents;
                    ClockPort.system(), Duration.ofMinutes(5));                        // Qoyod gets counter-documents
            RevertResult reverted = undo.revert(new RevertCommand(weekly, ConflictPolicy.FAIL, false));   // true: --plan

            // Foodics: a costs run by its key (or its adjustment id); a draft's items replaced
            VendorPorts costsVendor = VendorPorts.costs(foodics);
            CountReference run = new CountReference(key);
            VerifyResult costs = new VerifyCostsService(costsVendor, journal).verify(run);
            RevertResult restored = new RevertCostsService(costsVendor, journal, ClockPort.system(), Duration.ofMinutes(5))
                    .revert(new RevertCommand(run, ConflictPolicy.FAIL, false));
            CostUpdateResult updated = new UpdateDraftCostsService(costsVendor)
                    .update(new CostAdjustmentId(draftId), costLines);
            // --- end of README example ---

            assertThat(checked).isInstanceOfSatisfying(VerifyReport.class, r -> assertThat(r.matches()).isTrue());
            assertThat(reverted).isInstanceOfSatisfying(RevertReport.class, r -> assertThat(r.complete()).isTrue());
            assertThat(otSandbox.onHand(OrderTimeSeed.WIDGET, OrderTimeSeed.HQ)).isEqualByComparingTo("40");
            assertThat(costs).isInstanceOfSatisfying(CostsVerifyReport.class, r -> assertThat(r.matches()).isTrue());
            assertThat(restored).isInstanceOfSatisfying(RevertReport.class, r -> assertThat(r.complete()).isTrue());
            assertThat(foodicsSandbox.costAt(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_OIL))
                    .isEqualByComparingTo("31.75");
            assertThat(updated).isInstanceOfSatisfying(DraftUpdated.class, u ->
                    assertThat(u.after().items().get(0).costPerUnit()).isEqualTo(UnitCost.of("38")));
        }
    }
}
