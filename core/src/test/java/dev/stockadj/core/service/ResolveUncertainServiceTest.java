package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.in.ResolveResult;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.JournalContractTest;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResolveUncertainServiceTest {
    private final InMemoryJournal journal = new InMemoryJournal();
    private final ManualClock clock = new ManualClock();
    private final ResolveUncertainService service = new ResolveUncertainService(journal, clock);
    private JournalEntry first;

    @BeforeEach
    void uncertainDocument() {
        CountPlan plan = JournalContractTest.samplePlan("count-1");
        journal.freeze(plan, plan.documents().stream().map(d -> JournalEntry.planned(d, clock.now())).toList());
        first = journal.entries(plan.reference()).get(0);
        journal.transition(DocumentState.PLANNED, first.moveTo(DocumentState.UNCERTAIN, "timeout", clock.now()));
    }

    @Test
    void anOperatorMarksAnUncertainDocumentApplied() {
        ResolveResult result = service.resolve(first.key(), true);

        assertThat(result).isInstanceOf(ResolveResult.Resolved.class);
        assertThat(journal.entry(first.key())).map(JournalEntry::state).contains(DocumentState.APPLIED);
    }

    @Test
    void anOperatorMarksAnUncertainDocumentNotAppliedSoTheNextApplySendsIt() {
        service.resolve(first.key(), false);

        assertThat(journal.entry(first.key())).map(JournalEntry::state).contains(DocumentState.PLANNED);
    }

    @Test
    void aSettledDocumentIsNotChanged() {
        service.resolve(first.key(), true);

        assertThat(service.resolve(first.key(), false)).isInstanceOf(ResolveResult.NotUncertain.class);
        assertThat(journal.entry(first.key())).map(JournalEntry::state).contains(DocumentState.APPLIED);
    }

    @Test
    void anUnknownKeyIsSaidToBeUnknown() {
        assertThat(service.resolve(new IdempotencyKey("sa1-000000000000000000000000"), true))
                .isInstanceOf(ResolveResult.UnknownKey.class);
    }
}
