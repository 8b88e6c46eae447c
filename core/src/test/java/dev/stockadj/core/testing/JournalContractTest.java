package dev.stockadj.core.testing;

import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.plan.Direction;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.plan.VarianceReport;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.port.out.JournalPort;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of a journal store. A store's test extends it and returns a fresh, empty journal
 * from {@link #journal()} for each test.
 */
public abstract class JournalContractTest {
    private static final Instant AT = Instant.parse("2026-05-18T09:00:00Z");

    protected abstract JournalPort journal();

    /** The destination of {@link #samplePlan(String)}. */
    public static final Destination ORDER_TIME = new Destination("ordertime https://services.ordertime.com");

    /** A plan with two documents, one of them with bin, lot, expiry and cost, for round-trips. */
    public static CountPlan samplePlan(String reference) {
        return samplePlan(reference, ORDER_TIME);
    }

    /** The sample plan on another destination: its documents have other keys, as the planner gives them. */
    public static CountPlan samplePlan(String reference, Destination destination) {
        CountReference ref = new CountReference(reference);
        VendorName vendor = new VendorName("ordertime");
        LocationId location = new LocationId("10");
        Accounts accounts = new Accounts(new AccountId("32"), new AccountId("33"));
        Position lotted = new Position(new ItemId("37"), Optional.of(new Bin("Floor")), Optional.of(new LotNumber("L-1")));
        PlannedLine gain = new PlannedLine(lotted, List.of(1, 4), Quantity.of("2.5"), Quantity.of("4"),
                Optional.of(UnitCost.of("12.50")), Optional.of(LocalDate.of(2027, 1, 31)));
        PlannedLine loss = new PlannedLine(Position.of(new ItemId("30")), List.of(2), Quantity.of("7"), Quantity.of("5"),
                Optional.empty(), Optional.empty());
        AdjustmentDocument first = new AdjustmentDocument(0, key(reference + destination, 1), vendor, ref, location,
                LocalDate.of(2026, 5, 18), "weekly count", QuantityMode.DELTA, accounts, List.of(gain));
        AdjustmentDocument second = new AdjustmentDocument(1, key(reference + destination, 2), vendor, ref, location,
                LocalDate.of(2026, 5, 18), "weekly count", QuantityMode.DELTA, accounts, List.of(loss));
        Currency usd = Currency.getInstance("USD");
        VarianceLine v1 = new VarianceLine(lotted, List.of(1, 4), Quantity.of("4"), Quantity.of("2.5"),
                Quantity.of("4"), Quantity.of("1.5"), Direction.GAIN, Optional.of(UnitCost.of("12.50")),
                Optional.of(new Money(new BigDecimal("18.75"), usd)));
        VarianceLine v2 = new VarianceLine(Position.of(new ItemId("30")), List.of(2), Quantity.of("5"),
                Quantity.of("7"), Quantity.of("5"), Quantity.of("-2"), Direction.LOSS, Optional.empty(), Optional.empty());
        VarianceLine match = new VarianceLine(Position.of(new ItemId("31")), List.of(3), Quantity.of("1"),
                Quantity.of("1"), Quantity.of("1"), Quantity.ZERO, Direction.MATCH, Optional.empty(), Optional.empty());
        return new CountPlan(ref, vendor, destination, location, first.date(), "f".repeat(64), VarianceReport.of(List.of(v1, v2, match), usd),
                List.of(first, second));
    }

    private static IdempotencyKey key(String reference, int n) {
        return new IdempotencyKey(String.format("sa1-%016x%08x", (long) reference.hashCode() & 0xffffffffL, n));
    }

    private static List<JournalEntry> planned(CountPlan plan) {
        return plan.documents().stream().map(d -> JournalEntry.planned(d, AT)).toList();
    }

    @Test
    void freezesAPlanAndGivesItBackEqual() {
        JournalPort journal = journal();
        CountPlan plan = samplePlan("count-1");

        assertThat(journal.freeze(plan, planned(plan))).isTrue();

        assertThat(journal.plan(plan.reference(), ORDER_TIME)).contains(plan);
        assertThat(journal.entries(plan.reference())).extracting(JournalEntry::state)
                .containsExactly(DocumentState.PLANNED, DocumentState.PLANNED);
    }

    @Test
    void refusesToFreezeTheSameReferenceTwice() {
        JournalPort journal = journal();
        CountPlan plan = samplePlan("count-1");
        journal.freeze(plan, planned(plan));

        assertThat(journal.freeze(plan, planned(plan))).isFalse();
        assertThat(journal.entries(plan.reference())).hasSize(2);
    }

    @Test
    void transitionsOnlyFromTheExpectedState() {
        JournalPort journal = journal();
        CountPlan plan = samplePlan("count-1");
        journal.freeze(plan, planned(plan));
        JournalEntry entry = journal.entries(plan.reference()).get(0);
        JournalEntry sending = entry.moveTo(DocumentState.SENDING, "", AT.plusSeconds(1));

        assertThat(journal.transition(DocumentState.PLANNED, sending)).isTrue();
        assertThat(journal.transition(DocumentState.PLANNED, sending)).isFalse();
        assertThat(journal.entry(entry.key())).map(JournalEntry::state).contains(DocumentState.SENDING);
    }

    @Test
    void keepsTheVendorsAnswerAndErrors() {
        JournalPort journal = journal();
        CountPlan plan = samplePlan("count-1");
        journal.freeze(plan, planned(plan));
        List<JournalEntry> entries = journal.entries(plan.reference());
        JournalEntry applied = entries.get(0).applied(new VendorDocumentId("4471"), "{\"id\":4471}", "", AT);
        JournalEntry rejected = entries.get(1).rejected(List.of(new FieldError("line_items", "is invalid")), AT);

        journal.transition(DocumentState.PLANNED, applied);
        journal.transition(DocumentState.PLANNED, rejected);

        assertThat(journal.entry(applied.key())).contains(applied);
        assertThat(journal.entry(rejected.key())).contains(rejected);
    }

    @Test
    void listsEveryCountsEntries() {
        JournalPort journal = journal();
        CountPlan one = samplePlan("count-1");
        CountPlan two = samplePlan("count-2");
        journal.freeze(one, planned(one));
        journal.freeze(two, planned(two));

        assertThat(journal.entries()).hasSize(4);
        assertThat(journal.entries(two.reference())).hasSize(2).allSatisfy(e ->
                assertThat(e.countReference()).isEqualTo(two.reference()));
    }

    @Test
    void theSameReferenceOnAnotherDestinationIsAnotherCount() {
        JournalPort journal = journal();
        CountPlan real = samplePlan("count-1");
        CountPlan sandbox = samplePlan("count-1", new Destination("ordertime sandbox"));

        assertThat(journal.freeze(real, planned(real))).isTrue();
        assertThat(journal.freeze(sandbox, planned(sandbox))).as("another destination").isTrue();
        assertThat(journal.freeze(sandbox, planned(sandbox))).as("the same destination again").isFalse();

        assertThat(journal.plan(real.reference(), ORDER_TIME)).contains(real);
        assertThat(journal.plan(real.reference(), new Destination("ordertime sandbox"))).contains(sandbox);
        assertThat(journal.plan(real.reference(), new Destination("ordertime https://staging.example"))).isEmpty();
        assertThat(journal.entries(real.reference())).as("both counts' documents").hasSize(4);
        assertThat(journal.entries()).hasSize(4);
    }

    @Test
    void anUnknownKeyHasNoEntry() {
        assertThat(journal().entry(key("count-1", 99))).isEmpty();
        assertThat(journal().plan(new CountReference("never"), ORDER_TIME)).isEmpty();
    }
}
