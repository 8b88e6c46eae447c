package dev.stockadj.benchmarks;

import dev.stockadj.qoyod.sandbox.QoyodSandbox;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Qoyod's sandbox in a process of its own, on a sandbox state file, with its rate limit opened wide, for
 * {@code benchmarks/end-to-end} to plan a catalogue larger than Qoyod's 300 requests a minute lets through in
 * minutes (a million products are 10,000 pages: 33 minutes at that rate, whatever the client does). stockadj is then
 * configured as for the real Qoyod, with its own limit raised, so the run measures stockadj and not the limit; and
 * the sandbox's memory is not counted in stockadj's process.
 *
 * <p>Arguments: {@code STATE_FILE PORT}. Prints the base URL and the API key on one line, then serves until killed.
 */
public final class QoyodServe {
    private QoyodServe() {
    }

    public static void main(String[] args) throws InterruptedException {
        QoyodSandbox sandbox = QoyodSandbox.start(Integer.parseInt(args[1]), Path.of(args[0]));
        sandbox.rateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1));
        System.out.println(sandbox.baseUrl() + " " + sandbox.apiKey().reveal());
        System.out.flush();
        Thread.currentThread().join();
    }
}
