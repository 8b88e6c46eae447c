package dev.stockadj.core.service;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.in.RevertConflicted;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.in.StepOutcome;
import dev.stockadj.core.port.in.UnknownCount;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.InMemoryVendor.Fault;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.stockadj.core.service.LoopFixture.GADGET;
import static dev.stockadj.core.service.LoopFixture.GADGET_BOOK;
import static dev.stockadj.core.service.LoopFixture.WAREHOUSE;
import static dev.stockadj.core.service.LoopFixture.WIDGET;
import static dev.stockadj.core.service.LoopFixture.WIDGET_BOOK;
import static org.assertj.core.api.Assertions.assertThat;

class RevertCountServiceTest {

    private static RevertReport report(RevertResult result) {
        assertThat(result).isInstanceOf(RevertReport.class);
        return (RevertReport) result;
    }

    @Test
    void aDeltaVendorDeletesEachAppliedDocumentNewestFirstAndTheBooksAreBack() {
        LoopFixture world = LoopFixture.delta();
        ApplyReport applied = world.applied("weekly-1");
        assertThat(applied.documents()).as("a gain and a loss: two documents").hasSize(2);

        RevertReport report = report(world.revert("weekly-1", ConflictPolicy.FAIL));

        assertThat(report.complete()).isTrue();
        assertThat(report.steps()).extracting(s -> ((Undo.Delete) s.step().undo()).original())
                .as("newest first").containsExactly(applied.documents().get(1).document().key(),
                        applied.documents().get(0).document().key());
        assertThat(world.stock(WIDGET)).isEqualTo(WIDGET_BOOK);
        assertThat(world.stock(GADGET)).isEqualTo(GADGET_BOOK);
        assertThat(world.journal.entries(new CountReference("weekly-1"))).extracting(JournalEntry::state)
                .containsOnly(DocumentState.REVERTED);
        assertThat(world.vendor.deletions().values()).containsOnly(1);
    }

    @Test
    void aRevertedCountIsDoneAndApplyingItAgainNeedsANewReference() {
        LoopFixture world = LoopFixture.delta();
        world.applied("weekly-1");
        world.revert("weekly-1", ConflictPolicy.FAIL);
        int attempts = world.vendor.deleteAttempts().size();

        RevertReport again = report(world.revert("weekly-1", ConflictPolicy.FAIL));
        var reapplied = new ApplyCountService(VendorPorts.quantities(world.vendor), world.journal, world.clock)
                .apply(LoopFixture.count("weekly-1", "50", "120"));
        var replanned = new PlanCountService(VendorPorts.quantities(world.vendor), world.journal)
                .plan(LoopFixture.count("weekly-1", "50", "120"));

        assertThat(again.alreadyReverted()).isTrue();
        assertThat(world.vendor.deleteAttempts()).as("nothing deleted twice").hasSize(attempts);
        assertThat(reapplied).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).contains("was reverted", "new count reference"));
        assertThat(replanned).as("plan says what apply would do").isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).contains("was reverted"));
        assertThat(world.stock(WIDGET)).as("nothing sent").isEqualTo(WIDGET_BOOK);
    }

    @Test
    void anAbsoluteVendorGetsACounterDocumentSettingEachPositionBackToTheFrozenBook() {
        LoopFixture world = LoopFixture.absolute();
        world.applied("weekly-1");

        RevertReport report = report(world.revert("weekly-1", ConflictPolicy.FAIL));

        assertThat(report.complete()).isTrue();
        Undo.Post post = (Undo.Post) report.steps().get(0).step().undo();
        assertThat(post.document().lines()).extracting(l -> l.position().item(), l -> l.target().plain())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WIDGET, "40"),
                        org.assertj.core.groups.Tuple.tuple(GADGET, "130"));
        assertThat(post.document().describe()).contains(post.document().key().value(), "count weekly-1", "revert");
        assertThat(world.stock(WIDGET)).isEqualTo(WIDGET_BOOK);
        assertThat(world.stock(GADGET)).isEqualTo(GADGET_BOOK);
        assertThat(world.vendor.applications(post.document().key())).isEqualTo(1);
    }

    @Test
    void aPositionThatMovedSinceIsAConflictAndNothingIsSentUnderFail() {
        LoopFixture world = LoopFixture.absolute();
        world.applied("weekly-1");
        world.vendor.stock(WAREHOUSE, Position.of(GADGET), Quantity.of(117));
        int sends = world.vendor.sends().size();

        RevertResult result = world.revert("weekly-1", ConflictPolicy.FAIL);

        assertThat(result).isInstanceOfSatisfying(RevertConflicted.class, c -> {
            assertThat(c.conflicts()).singleElement().satisfies(conflict -> {
                assertThat(conflict.position()).isEqualTo(Position.of(GADGET));
                assertThat(conflict.bookAtCount()).isEqualTo(Quantity.of(120));
                assertThat(conflict.bookNow()).isEqualTo(Quantity.of(117));
            });
        });
        assertThat(world.vendor.sends()).hasSize(sends);
        assertThat(world.journal.revertPlan(new CountReference("weekly-1"), world.vendor.destination()))
                .as("nothing frozen").isEmpty();
    }

    @Test
    void keepCountedSetsAMovedPositionBackToItsBookAndKeepDifferenceTakesTheCountsChangeOffWhatIsThere() {
        LoopFixture counted = LoopFixture.absolute();
        counted.applied("weekly-1");
        counted.vendor.stock(WAREHOUSE, Position.of(GADGET), Quantity.of(117));
        LoopFixture difference = LoopFixture.absolute();
        difference.applied("weekly-1");
        difference.vendor.stock(WAREHOUSE, Position.of(GADGET), Quantity.of(117));

        assertThat(report(counted.revert("weekly-1", ConflictPolicy.KEEP_COUNTED)).complete()).isTrue();
        assertThat(report(difference.revert("weekly-1", ConflictPolicy.KEEP_DIFFERENCE)).complete()).isTrue();

        assertThat(counted.stock(GADGET)).isEqualTo(GADGET_BOOK);
        assertThat(difference.stock(GADGET)).as("117 + the 10 the count took off").isEqualTo(Quantity.of(127));
        assertThat(difference.stock(WIDGET)).isEqualTo(WIDGET_BOOK);
    }

    @Test
    void keepDifferenceThatWouldGoBelowZeroIsAProblemNotASend() {
        LoopFixture world = LoopFixture.absolute();
        world.applied("weekly-1");
        world.vendor.stock(WAREHOUSE, Position.of(WIDGET), Quantity.of(4));   // the count added 10; 6 are gone since

        RevertResult result = world.revert("weekly-1", ConflictPolicy.KEEP_DIFFERENCE);

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid ->
                assertThat(invalid.problems()).singleElement().asString().contains("would leave -6", "keep-counted"));
    }

    @Test
    void planShowsTheStepsWithoutFreezingOrSending() {
        LoopFixture world = LoopFixture.delta();
        world.applied("weekly-1");

        RevertReport shown = report(world.planRevert("weekly-1"));

        assertThat(shown.planOnly()).isTrue();
        assertThat(shown.steps()).hasSize(2).allSatisfy(s -> assertThat(s.state()).isEqualTo(DocumentState.PLANNED));
        assertThat(world.vendor.deleteAttempts()).isEmpty();
        assertThat(world.journal.revertPlan(new CountReference("weekly-1"), world.vendor.destination())).isEmpty();
    }

    @Test
    void aDeleteWhoseOutcomeIsLostIsLookedForBeforeItIsSentAgain() {
        LoopFixture lost = LoopFixture.delta();
        lost.applied("weekly-1");
        lost.vendor.failNext(Fault.LOST);
        LoopFixture landed = LoopFixture.delta();
        landed.applied("weekly-1");
        landed.vendor.failNext(Fault.LANDED_THEN_LOST);

        RevertReport lostFirst = report(lost.revert("weekly-1", ConflictPolicy.FAIL));
        RevertReport landedFirst = report(landed.revert("weekly-1", ConflictPolicy.FAIL));
        RevertReport lostAgain = report(lost.revert("weekly-1", ConflictPolicy.FAIL));
        RevertReport landedAgain = report(landed.revert("weekly-1", ConflictPolicy.FAIL));

        assertThat(lostFirst.halt()).map(Halt::reason).contains(Halt.Reason.UNCERTAIN);
        assertThat(landedFirst.count(DocumentState.UNCERTAIN)).isEqualTo(1);
        assertThat(lostAgain.complete()).isTrue();
        assertThat(landedAgain.complete()).isTrue();
        assertThat(lost.vendor.deleteAttempts()).as("the lost one deleted again, once").hasSize(3);
        assertThat(landed.vendor.deleteAttempts()).as("the landed one found gone, not deleted again").hasSize(2);
        assertThat(landed.vendor.deletions().values()).containsOnly(1);
        assertThat(landed.stock(WIDGET)).isEqualTo(WIDGET_BOOK);
        assertThat(landed.stock(GADGET)).isEqualTo(GADGET_BOOK);
    }

    @Test
    void aStepLeftSendingByAKilledRunIsLeftToItsLeaseThenResolved() {
        LoopFixture world = LoopFixture.delta();
        world.applied("weekly-1");
        world.vendor.failNext(Fault.CRASH_AFTER_LANDING);
        try {
            world.revert("weekly-1", ConflictPolicy.FAIL);
        } catch (dev.stockadj.core.testing.InMemoryVendor.SimulatedCrash killed) {
            // the process died after the vendor deleted the document
        }

        RevertReport soon = report(world.revert("weekly-1", ConflictPolicy.FAIL));
        world.clock.advance(Duration.ofMinutes(6));
        RevertReport later = report(world.revert("weekly-1", ConflictPolicy.FAIL));

        assertThat(soon.halt()).map(Halt::reason).contains(Halt.Reason.UNCERTAIN);
        assertThat(later.complete()).isTrue();
        assertThat(world.vendor.deletions().values()).containsOnly(1);
        Map<VendorDocumentId, ?> held = world.vendor.postedDocuments();
        assertThat(held).isEmpty();
    }

    @Test
    void aCountWithADocumentInDoubtIsSettledByApplyFirst() {
        LoopFixture world = LoopFixture.delta();
        world.vendor.failNext(Fault.LOST);
        new ApplyCountService(VendorPorts.quantities(world.vendor), world.journal, world.clock)
                .apply(LoopFixture.count("weekly-1", "50", "120"));

        RevertResult result = world.revert("weekly-1", ConflictPolicy.FAIL);

        assertThat(result).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).contains("UNCERTAIN", "stockadj apply"));
        assertThat(world.vendor.deleteAttempts()).isEmpty();
    }

    @Test
    void anUnknownCountIsNamed() {
        assertThat(LoopFixture.delta().revert("nope", ConflictPolicy.FAIL)).isInstanceOf(UnknownCount.class);
    }

    @Test
    void stepsCarryKeysOfTheirOwn() {
        LoopFixture world = LoopFixture.absolute();
        ApplyReport applied = world.applied("weekly-1");

        RevertReport report = report(world.revert("weekly-1", ConflictPolicy.FAIL));

        List<String> originals = applied.documents().stream().map(d -> d.document().key().value()).toList();
        assertThat(report.steps()).extracting(StepOutcome::step).allSatisfy(step ->
                assertThat(originals).doesNotContain(step.key().value()));
        assertThat(world.journal.steps()).extracting(JournalEntry::key)
                .containsExactlyElementsOf(report.steps().stream().map(s -> s.step().key()).toList());
    }
}
