package dev.stockadj.core.testing;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.model.revert.UndoStep;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of a store of reverts: a revert plan frozen once per count and destination and given back equal, its
 * steps moved by compare-and-set, and a count's documents able to be REVERTED. A store's test returns a fresh, empty
 * journal that is both a {@link JournalPort} and a {@link RevertJournalPort} from {@link #journal()}.
 */
public abstract class RevertJournalContractTest {
    private static final Instant AT = Instant.parse("2026-05-18T09:00:00Z");

    /** A fresh, empty journal keeping counts and reverts. */
    protected abstract RevertJournalPort journal();

    /** A revert of every kind of step: a delete, a counter-document and a restoring cost adjustment. */
    public static RevertPlan sampleRevert(String reference, Destination destination) {
        CountPlan count = JournalContractTest.samplePlan(reference, destination);
        UndoStep delete = new UndoStep(0, key(reference + destination, 1),
                new Undo.Delete(count.documents().get(1).key(), new VendorDocumentId("1002")));
        UndoStep post = new UndoStep(1, key(reference + destination, 2), new Undo.Post(count.documents().get(0)));
        UndoStep restore = new UndoStep(2, key(reference + destination, 4), new Undo.RestoreCosts(
                new CostAdjustmentId("ca-77"), new CostAdjustmentDraft(new LocationId("b-riyadh-1"),
                LocalDate.of(2026, 5, 19), CostAdjustmentStatus.CLOSED, "stockadj revert of ca-77",
                Optional.of(key(reference + destination, 4).value()),
                List.of(new CostItem(new ItemId("flour"), UnitCost.of("40.00"))))));
        return new RevertPlan(count.reference(), count.vendor(), destination, List.of(delete, post, restore));
    }

    private static IdempotencyKey key(String text, int n) {
        return new IdempotencyKey(String.format("sa1-%08x%016x", n, (long) text.hashCode() & 0xffffffffL));
    }

    private static List<JournalEntry> planned(RevertPlan plan) {
        return plan.steps().stream().map(s -> new JournalEntry(s.key(), plan.reference(), s.index(),
                DocumentState.PLANNED, Optional.empty(), Optional.empty(), List.of(), s.undo().describe(), AT)).toList();
    }

    @Test
    void freezesARevertOfEveryKindOfStepAndGivesItBackEqual() {
        RevertJournalPort journal = journal();
        RevertPlan plan = sampleRevert("count-1", JournalContractTest.ORDER_TIME);

        assertThat(journal.freezeRevert(plan, planned(plan))).isTrue();

        assertThat(journal.revertPlan(plan.reference(), JournalContractTest.ORDER_TIME)).contains(plan);
        assertThat(journal.step(plan.steps().get(2).key())).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(DocumentState.PLANNED);
            assertThat(e.index()).isEqualTo(2);
            assertThat(e.countReference()).isEqualTo(plan.reference());
        });
        assertThat(journal.revertPlan(plan.reference(), new Destination("ordertime sandbox"))).isEmpty();
    }

    @Test
    void aCountHasOneRevertPerDestination() {
        RevertJournalPort journal = journal();
        RevertPlan first = sampleRevert("count-1", JournalContractTest.ORDER_TIME);
        RevertPlan other = new RevertPlan(first.reference(), first.vendor(), JournalContractTest.ORDER_TIME,
                first.steps().subList(0, 1));
        RevertPlan elsewhere = sampleRevert("count-1", new Destination("ordertime sandbox"));

        assertThat(journal.freezeRevert(first, planned(first))).isTrue();
        assertThat(journal.freezeRevert(other, List.of())).as("a second revert of the same count").isFalse();
        assertThat(journal.freezeRevert(elsewhere, planned(elsewhere))).as("the same reference elsewhere").isTrue();

        assertThat(journal.revertPlan(first.reference(), JournalContractTest.ORDER_TIME)).contains(first);
    }

    @Test
    void stepsMoveByCompareAndSetAndKeepWhatTheVendorAnswered() {
        RevertJournalPort journal = journal();
        RevertPlan plan = sampleRevert("count-1", JournalContractTest.ORDER_TIME);
        journal.freezeRevert(plan, planned(plan));
        JournalEntry entry = journal.step(plan.steps().get(0).key()).orElseThrow();
        JournalEntry sending = entry.moveTo(DocumentState.SENDING, "sending", AT.plusSeconds(1));

        assertThat(journal.transitionStep(DocumentState.PLANNED, sending)).isTrue();
        assertThat(journal.transitionStep(DocumentState.PLANNED, sending)).as("no longer PLANNED").isFalse();
        assertThat(journal.transitionStep(DocumentState.SENDING, sending.applied(new VendorDocumentId("1002"),
                "deleted", List.of(new FieldError("f", "m")), "done", AT.plusSeconds(2)))).isTrue();

        assertThat(journal.step(entry.key())).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(DocumentState.APPLIED);
            assertThat(e.vendorId()).contains(new VendorDocumentId("1002"));
            assertThat(e.response()).contains("deleted");
            assertThat(e.errors()).containsExactly(new FieldError("f", "m"));
            assertThat(e.updatedAt()).isEqualTo(AT.plusSeconds(2));
        });
    }

    @Test
    void listsEveryStepNewestRevertFirst() {
        RevertJournalPort journal = journal();
        RevertPlan older = sampleRevert("count-1", JournalContractTest.ORDER_TIME);
        RevertPlan newer = sampleRevert("count-2", JournalContractTest.ORDER_TIME);
        journal.freezeRevert(older, planned(older));
        journal.freezeRevert(newer, planned(newer));

        assertThat(journal.steps()).extracting(JournalEntry::key).containsExactly(
                newer.steps().get(0).key(), newer.steps().get(1).key(), newer.steps().get(2).key(),
                older.steps().get(0).key(), older.steps().get(1).key(), older.steps().get(2).key());
    }

    @Test
    void aCountsDocumentCanBeReverted() {
        JournalPort counts = (JournalPort) journal();
        CountPlan plan = JournalContractTest.samplePlan("count-1");
        counts.freeze(plan, plan.documents().stream().map(d -> JournalEntry.planned(d, AT)).toList());
        JournalEntry entry = counts.entry(plan.documents().get(0).key()).orElseThrow();

        assertThat(counts.transition(DocumentState.PLANNED, entry.moveTo(DocumentState.REVERTED, "reverted", AT)))
                .isTrue();

        assertThat(counts.entry(entry.key())).map(JournalEntry::state).contains(DocumentState.REVERTED);
        assertThat(counts.entries()).extracting(JournalEntry::state).contains(DocumentState.REVERTED);
    }
}
