package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.aolib.sandbox.SandboxFailure;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Drift;
import dev.stockadj.core.port.in.PositionCheck;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.VerifyReport;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.service.RevertCountService;
import dev.stockadj.core.service.VerifyCountService;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 against the Order Time sandbox over HTTP: a count applied as signed deltas (a gain document and a loss
 * document), verified from the inventory rows, drift from another adjustment named, and the count reverted by
 * {@code DELETE /adjustment?docNo=} of each document, newest first — never twice, even when a delete's answer is lost.
 */
class CloseTheLoopTest extends SandboxedAdapterTest {
    private final InMemoryJournal journal = new InMemoryJournal();
    private final ManualClock clock = new ManualClock();

    private ApplyReport applyCount() {
        StockCount count = new StockCount(new CountReference("weekly"), Fixtures.HQ, LocalDate.of(2026, 11, 26), "",
                Currency.getInstance("USD"), List.of(line(1, OrderTimeSeed.WIDGET, "45"),
                line(2, OrderTimeSeed.GASKET, "97")));
        return (ApplyReport) new ApplyCountService(VendorPorts.quantities(adapter), journal, clock)
                .apply(new CountCommand(count, Optional.of(Fixtures.ACCOUNTS), ConflictPolicy.FAIL));
    }

    private static CountLine line(int no, int item, String counted) {
        return new CountLine(no, new ItemId(String.valueOf(item)), Quantity.of(counted), Optional.of(UnitCost.of("2")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private VerifyReport verify() {
        return (VerifyReport) new VerifyCountService(VendorPorts.quantities(adapter), journal, journal)
                .verify(new CountReference("weekly"));
    }

    private RevertReport revert() {
        return (RevertReport) new RevertCountService(VendorPorts.quantities(adapter), journal, journal,
                clock, Duration.ofMinutes(5)).revert(new RevertCommand(new CountReference("weekly"),
                ConflictPolicy.FAIL, false));
    }

    private int onHand(int item) {
        return sandbox.onHand(item, OrderTimeSeed.HQ).intValueExact();
    }

    @Test
    void anAppliedCountVerifiesAndAnotherAdjustmentIsDriftNamingTheItem() {
        ApplyReport applied = applyCount();
        assertThat(applied.complete()).isTrue();
        assertThat(applied.documents()).as("a gain and a loss").hasSize(2);

        VerifyReport clean = verify();
        adapter.post(Fixtures.document(Fixtures.line(Fixtures.at(OrderTimeSeed.GASKET, null, null), "97", "95")));
        VerifyReport drifted = verify();

        assertThat(clean.matches()).isTrue();
        PositionCheck gasket = drifted.positions().stream()
                .filter(p -> p.position().item().value().equals(String.valueOf(OrderTimeSeed.GASKET))).findFirst()
                .orElseThrow();
        assertThat(gasket.drift()).isEqualTo(Drift.MOVED_SINCE);
        assertThat(gasket.expected()).isEqualTo(Quantity.of(97));
        assertThat(gasket.found()).isEqualTo(Quantity.of(95));
        assertThat(drifted.count(Drift.MATCHES)).isEqualTo(1);
    }

    @Test
    void revertDeletesEachDocumentNewestFirstAndTheStockIsBackAtTheBook() {
        ApplyReport applied = applyCount();

        RevertReport report = revert();

        assertThat(report.complete()).isTrue();
        assertThat(report.steps()).extracting(s -> ((Undo.Delete) s.step().undo()).vendorId())
                .containsExactly(applied.documents().get(1).entry().vendorId().orElseThrow(),
                        applied.documents().get(0).entry().vendorId().orElseThrow());
        assertThat(onHand(OrderTimeSeed.WIDGET)).isEqualTo(40);
        assertThat(onHand(OrderTimeSeed.GASKET)).isEqualTo(100);
        assertThat(sandbox.adjustmentCount()).isZero();
        assertThat(journal.entries(new CountReference("weekly"))).extracting(JournalEntry::state)
                .containsOnly(DocumentState.REVERTED);
        VerifyReport after = verify();
        assertThat(after.matches()).as("verified against the book the plan recorded").isTrue();
        assertThat(after.positions()).extracting(p -> p.expected().plain()).containsExactly("40", "100");
    }

    @Test
    void aDeleteWhoseAnswerWasLostIsFoundGoneAndNeverSentTwice() {
        applyCount();
        sandbox.failNext("DELETE", "/adjustment", SandboxFailure.STORE_THEN_DROP);

        RevertReport lost = revert();
        RevertReport again = revert();

        assertThat(lost.count(DocumentState.UNCERTAIN)).isEqualTo(1);
        assertThat(again.complete()).isTrue();
        assertThat(sandbox.requestCount("DELETE", "/adjustment")).as("one DELETE per document").isEqualTo(2);
        assertThat(sandbox.requestCount("GET", "/adjustment")).as("the lost one looked for once").isEqualTo(1);
        assertThat(onHand(OrderTimeSeed.WIDGET)).isEqualTo(40);
        assertThat(onHand(OrderTimeSeed.GASKET)).isEqualTo(100);
    }

    @Test
    void holdsOnlyTheAdjustmentCarryingTheKey() {
        ApplyReport applied = applyCount();
        var first = applied.documents().get(0);
        var vendorId = first.entry().vendorId().orElseThrow();

        assertThat(adapter.holds(vendorId, first.document().key())).isTrue();
        assertThat(adapter.holds(vendorId, applied.documents().get(1).document().key())).isFalse();
        adapter.delete(vendorId);
        assertThat(adapter.holds(vendorId, first.document().key())).isFalse();
    }

    @Test
    void verifyTakesOneRequestForAFewPositions() {
        applyCount();
        int before = sandbox.requestCount();

        verify();

        assertThat(sandbox.requestCount() - before).as("one short page of POST /list, no PUT /list count first").isEqualTo(1);
    }
}
