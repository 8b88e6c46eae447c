package dev.stockadj.core.service;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.port.in.ResolveResult;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.testing.InMemoryVendor.Fault;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator settles an uncertain revert step with resolve, as a document; the steps are listed per count. */
class DocumentsAndStepsTest {
    @Test
    void anUncertainRevertStepIsResolvedByItsKeyLikeADocument() {
        LoopFixture world = LoopFixture.delta();
        world.applied("weekly-1");
        world.vendor.failNext(Fault.LOST);
        RevertReport lost = (RevertReport) world.revert("weekly-1", ConflictPolicy.FAIL);
        JournalEntry uncertain = lost.steps().stream().filter(s -> s.state() == DocumentState.UNCERTAIN)
                .findFirst().orElseThrow().entry();

        ResolveResult result = new ResolveUncertainService(DocumentsAndSteps.of(world.journal), world.clock)
                .resolve(uncertain.key(), false);

        assertThat(result).isInstanceOf(ResolveResult.Resolved.class);
        assertThat(world.journal.step(uncertain.key())).map(JournalEntry::state).contains(DocumentState.PLANNED);
        assertThat(new ReadRevertsService(world.journal).steps(Optional.of(new CountReference("weekly-1"))))
                .hasSize(2);
        assertThat(new ReadRevertsService(world.journal).steps(Optional.of(new CountReference("other")))).isEmpty();
    }
}
