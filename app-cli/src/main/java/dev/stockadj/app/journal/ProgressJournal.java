package dev.stockadj.app.journal;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.service.ForwardingJournal;
import java.util.List;
import java.util.Optional;

/**
 * A journal that tells an {@link ApplyProgress} what the apply service records: the plan's size
 * when it is frozen or continued, and each document leaving SENDING. Stores nothing itself.
 */
public final class ProgressJournal extends ForwardingJournal {
    private final ApplyProgress progress;
    private int settled;

    public ProgressJournal(JournalPort journal, ApplyProgress progress) {
        super(journal);
        this.progress = progress;
    }

    @Override
    public boolean freeze(CountPlan plan, List<JournalEntry> planned) {
        boolean frozen = journal().freeze(plan, planned);
        if (frozen) {
            progress.started(plan.documents().size(), 0);
        }
        return frozen;
    }

    @Override
    public Optional<CountPlan> plan(CountReference reference, Destination destination) {
        Optional<CountPlan> plan = journal().plan(reference, destination);
        plan.ifPresent(p -> {
            settled = (int) p.documents().stream().map(d -> journal().entry(d.key()))
                    .filter(e -> e.isPresent() && e.get().state() == DocumentState.APPLIED).count();
            progress.started(p.documents().size(), settled);
        });
        return plan;
    }

    @Override
    public boolean transition(DocumentState expected, JournalEntry next) {
        boolean done = journal().transition(expected, next);
        if (done && expected == DocumentState.SENDING && next.state() != DocumentState.PLANNED) {
            progress.settled(++settled);
        }
        return done;
    }
}
