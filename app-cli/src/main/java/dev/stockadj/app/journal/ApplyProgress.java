package dev.stockadj.app.journal;

/** Told how far an apply has come: how many documents the plan has, and how many are settled. */
public interface ApplyProgress {
    ApplyProgress NONE = new ApplyProgress() {
        @Override
        public void started(int documents, int settled) {
        }

        @Override
        public void settled(int settled) {
        }
    };

    void started(int documents, int settled);

    void settled(int settled);
}
