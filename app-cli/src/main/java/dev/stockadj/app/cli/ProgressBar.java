package dev.stockadj.app.cli;

import dev.stockadj.app.journal.ApplyProgress;
import java.io.PrintWriter;

/** A one-line progress bar on stderr, drawn only for a plan of more than one document. */
final class ProgressBar implements ApplyProgress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private int total;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(int documents, int settled) {
        total = documents;
        draw(settled);
    }

    @Override
    public void settled(int settled) {
        draw(settled);
    }

    private void draw(int settled) {
        if (total <= 1) {
            return;
        }
        int done = Math.min(settled, total);
        int filled = done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " documents");
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
