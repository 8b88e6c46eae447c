package dev.stockadj.core.testing;

import dev.stockadj.core.port.out.RevertJournalPort;

/** The revert journal contract holds for the in-memory journal. */
class InMemoryRevertJournalContractTest extends RevertJournalContractTest {
    @Override
    protected RevertJournalPort journal() {
        return new InMemoryJournal();
    }
}
