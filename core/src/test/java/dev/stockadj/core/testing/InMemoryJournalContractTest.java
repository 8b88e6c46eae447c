package dev.stockadj.core.testing;

import dev.stockadj.core.port.out.JournalPort;

/** The journal contract holds for the in-memory journal. */
class InMemoryJournalContractTest extends JournalContractTest {
    @Override
    protected JournalPort journal() {
        return new InMemoryJournal();
    }
}
