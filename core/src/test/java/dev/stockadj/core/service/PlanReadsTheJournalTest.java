package dev.stockadj.core.service;

import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Frozen;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.in.VerifyReport;
import dev.stockadj.core.port.in.VerifyResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.port.in.ReferenceReused;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.InMemoryVendor;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** plan predicts apply: it reads (never writes) the journal and answers what apply would do. */
class PlanReadsTheJournalTest {
    private static final LocationId WAREHOUSE = new LocationId("12");
    private static final ItemId WIDGET = new ItemId("88");

    private final InMemoryJournal journal = new InMemoryJournal();
    private final InMemoryVendor vendor = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(500)).location(WAREHOUSE)
            .accounts(new Accounts(new AccountId("301"), new AccountId("502"))).item(WIDGET, Optional.empty())
            .stock(WAREHOUSE, Position.of(WIDGET), Quantity.of(40));

    private static CountCommand count(String counted) {
        return new CountCommand(new StockCount(new CountReference("c1"), WAREHOUSE, LocalDate.of(2026, 5, 18), "",
                Currency.getInstance("SAR"), List.of(CountLine.of(1, WIDGET, Quantity.of(counted)))),
                Optional.of(new Accounts(new AccountId("301"), new AccountId("502"))), ConflictPolicy.FAIL);
    }

    private PlanResult plan(CountCommand command) {
        return new PlanCountService(VendorPorts.quantities(vendor), journal).plan(command);
    }

    @Test
    void aNewCountIsPlannedAndNothingIsWritten() {
        assertThat(plan(count("50"))).isInstanceOf(Planned.class);
        assertThat(journal.entries()).isEmpty();
        assertThat(vendor.sends()).isEmpty();
    }

    @Test
    void anAppliedCountIsShownFrozenAndAlreadyApplied() {
        new ApplyCountService(VendorPorts.quantities(vendor), journal, new ManualClock()).apply(count("50"));
        vendor.stock(WAREHOUSE, Position.of(WIDGET), Quantity.of(47));

        PlanResult result = plan(count("50"));

        assertThat(result).isInstanceOfSatisfying(Frozen.class, frozen -> {
            assertThat(frozen.alreadyApplied()).isTrue();
            assertThat(frozen.documents()).extracting(d -> d.state()).containsExactly(DocumentState.APPLIED);
            assertThat(frozen.plan().documents().get(0).lines().get(0).target()).as("not planned again")
                    .isEqualTo(Quantity.of(50));
        });
    }

    @Test
    void aFrozenCountOfManyDocumentsIsReadBackInOneQueryOfItsEntries() {
        InMemoryVendor twoLinesADocument = sevenItemsTwoADocument();
        new ApplyCountService(VendorPorts.quantities(twoLinesADocument), journal, new ManualClock()).apply(MANY);
        int[] reads = new int[2];

        PlanResult result = new PlanCountService(VendorPorts.quantities(twoLinesADocument), counting(reads)).plan(MANY);

        assertThat(result).isInstanceOfSatisfying(Frozen.class, frozen -> assertThat(frozen.documents())
                .hasSize(4).extracting(d -> d.state()).containsOnly(DocumentState.APPLIED));
        assertThat(reads).as("entry(key) calls, entries(reference) calls").containsExactly(0, 1);
    }

    @Test
    void verifyingACountOfManyDocumentsReadsItsEntriesInOneQuery() {
        InMemoryVendor twoLinesADocument = sevenItemsTwoADocument();
        new ApplyCountService(VendorPorts.quantities(twoLinesADocument), journal, new ManualClock()).apply(MANY);
        int[] reads = new int[2];

        VerifyResult result = new VerifyCountService(VendorPorts.quantities(twoLinesADocument), counting(reads), journal)
                .verify(MANY.count().reference());

        assertThat(result).isInstanceOfSatisfying(VerifyReport.class, report -> {
            assertThat(report.positions()).hasSize(7);
            assertThat(report.matches()).isTrue();
        });
        assertThat(reads).as("entry(key) calls, entries(reference) calls").containsExactly(0, 1);
    }

    @Test
    void planningTheRevertOfACountOfManyDocumentsReadsItsEntriesInOneQuery() {
        InMemoryVendor twoLinesADocument = sevenItemsTwoADocument();
        new ApplyCountService(VendorPorts.quantities(twoLinesADocument), journal, new ManualClock()).apply(MANY);
        int[] reads = new int[2];

        RevertResult result = new RevertCountService(VendorPorts.quantities(twoLinesADocument), counting(reads), journal,
                new ManualClock(), Duration.ofMinutes(5)).revert(new RevertCommand(MANY.count().reference(),
                ConflictPolicy.FAIL, true));

        assertThat(result).isInstanceOf(RevertReport.class);
        assertThat(reads).as("entry(key) calls, entries(reference) calls").containsExactly(0, 1);
    }

    /** Seven items counted from 1 to 5, two lines a document: four documents. */
    private static final CountCommand MANY = new CountCommand(new StockCount(new CountReference("many"), WAREHOUSE,
            LocalDate.of(2026, 5, 18), "", Currency.getInstance("SAR"), IntStream.rangeClosed(1, 7)
            .mapToObj(i -> CountLine.of(i, new ItemId(String.valueOf(100 + i)), Quantity.of(5))).toList()),
            Optional.of(new Accounts(new AccountId("301"), new AccountId("502"))), ConflictPolicy.FAIL);

    private static InMemoryVendor sevenItemsTwoADocument() {
        InMemoryVendor vendor = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(2)).location(WAREHOUSE)
                .accounts(new Accounts(new AccountId("301"), new AccountId("502")));
        for (int i = 1; i <= 7; i++) {
            ItemId item = new ItemId(String.valueOf(100 + i));
            vendor.item(item, Optional.empty()).stock(WAREHOUSE, Position.of(item), Quantity.of(1));
        }
        return vendor;
    }

    /** The journal, counting its reads of one entry ({@code reads[0]}) and of a count's entries ({@code reads[1]}). */
    private ForwardingJournal counting(int[] reads) {
        return new ForwardingJournal(journal) {
            @Override
            public Optional<JournalEntry> entry(IdempotencyKey key) {
                reads[0]++;
                return super.entry(key);
            }

            @Override
            public List<JournalEntry> entries(CountReference reference) {
                reads[1]++;
                return super.entries(reference);
            }
        };
    }

    @Test
    void aReferenceUsedForOtherContentIsRefusedAsApplyWouldRefuseIt() {
        new ApplyCountService(VendorPorts.quantities(vendor), journal, new ManualClock()).apply(count("50"));

        assertThat(plan(count("51"))).isInstanceOf(ReferenceReused.class);
    }

    @Test
    void theJournalGivesAFrozenPlanOnlyToTheCountApplyWouldContinue() {
        new ApplyCountService(VendorPorts.quantities(vendor), journal, new ManualClock()).apply(count("50"));
        CountPlan frozen = ((Frozen) new PlanCountService(VendorPorts.quantities(vendor), journal).plan(count("50"))).plan();
        InMemoryJournal legacy = new InMemoryJournal();
        legacy.freeze(new CountPlan(frozen.reference(), frozen.vendor(), Destination.UNRECORDED, frozen.location(),
                frozen.date(), frozen.fingerprint(), frozen.variance(), frozen.documents()), List.of());
        ReadJournalService read = new ReadJournalService(legacy);
        Destination here = VendorPorts.quantities(vendor).destination();

        assertThat(read.plan(frozen.reference(), frozen.vendor(), here)).as("frozen before destinations, same vendor")
                .isPresent();
        assertThat(read.plan(frozen.reference(), new VendorName("ordertime"), here)).as("another vendor's count")
                .isEmpty();
        assertThat(new ReadJournalService(journal).plan(frozen.reference(), frozen.vendor(), here)).contains(frozen);
    }
}
