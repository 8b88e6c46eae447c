package dev.stockadj.app.cli;

import dev.stockadj.app.journal.ApplyProgress;
import dev.stockadj.core.port.out.ClockPort;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One status line on stderr, redrawn in place: the planning stages, then — for a plan of more than one document —
 * a bar with the rate (documents per minute since this run started sending), the time left at that rate, and
 * "waiting for the vendor" when nothing has settled for more than {@link #WAITING_AFTER} (a vendor's rate limit,
 * a slow answer). A ticker redraws it twice a second, so the wait shows while nothing else happens. Closing it ends
 * the line, whatever ended the run.
 */
final class ProgressBar implements ApplyProgress, AutoCloseable {
    static final Duration WAITING_AFTER = Duration.ofSeconds(2);
    private static final int WIDTH = 30;
    private static final long TICK_MILLIS = 500;

    private final PrintWriter err;
    private final ClockPort clock;
    private Optional<ScheduledExecutorService> ticker = Optional.empty();
    private int total;
    private int settled;
    private int settledBefore;
    private Instant sending;
    private Instant lastSettled;
    private int shown;
    private boolean open;

    ProgressBar(PrintWriter err, ClockPort clock) {
        this.err = err;
        this.clock = clock;
    }

    /** A bar that redraws itself every half second on a daemon thread, until closed. */
    static ProgressBar ticking(PrintWriter err, ClockPort clock) {
        ProgressBar bar = new ProgressBar(err, clock);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "stockadj-progress");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(bar::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        bar.ticker = Optional.of(executor);
        return bar;
    }

    /** A stage before the documents exist: "reading …", "planning …". */
    synchronized void stage(String text) {
        if (total == 0) {
            draw(text + "…");
        }
    }

    @Override
    public synchronized void started(int documents, int alreadySettled) {
        total = documents;
        settled = alreadySettled;
        settledBefore = alreadySettled;
        sending = clock.now();
        lastSettled = sending;
        if (total <= 1) {
            clear();
            return;
        }
        drawBar();
    }

    @Override
    public synchronized void settled(int count) {
        settled = count;
        lastSettled = clock.now();
        if (total > 1) {
            drawBar();
        }
    }

    /** Redraws the bar: the rate, the time left and the wait move on while no document settles. */
    synchronized void tick() {
        if (total > 1 && open) {
            drawBar();
        }
    }

    /** Stops the ticker and ends the line, whatever the run's outcome. */
    @Override
    public synchronized void close() {
        ticker.ifPresent(ScheduledExecutorService::shutdownNow);
        if (open) {
            err.println();
            err.flush();
            open = false;
        }
    }

    private void drawBar() {
        int done = Math.min(settled, total);
        int filled = done * WIDTH / total;
        StringBuilder line = new StringBuilder("[").append("#".repeat(filled)).append("-".repeat(WIDTH - filled))
                .append("] ").append(done).append('/').append(total).append(" documents");
        Instant now = clock.now();
        Duration elapsed = Duration.between(sending, now);
        int sent = done - settledBefore;
        if (sent > 0 && !elapsed.isZero()) {
            BigDecimal perMinute = BigDecimal.valueOf(sent).multiply(BigDecimal.valueOf(60_000))
                    .divide(BigDecimal.valueOf(elapsed.toMillis()), 1, RoundingMode.HALF_UP);
            line.append(", ").append(perMinute.toPlainString()).append("/min");
            if (done < total) {
                long leftMillis = elapsed.toMillis() * (total - done) / sent;
                line.append(", about ").append(clockText(Duration.ofMillis(leftMillis))).append(" left");
            }
        }
        Duration quiet = Duration.between(lastSettled, now);
        if (done < total && quiet.compareTo(WAITING_AFTER) > 0) {
            line.append(", waiting for the vendor (").append(quiet.toSeconds()).append(" s)");
        }
        draw(line.toString());
        if (done == total) {
            close();
        }
    }

    private void draw(String text) {
        String padded = text.length() < shown ? text + " ".repeat(shown - text.length()) : text;
        err.print("\r" + padded);
        err.flush();
        shown = text.length();
        open = true;
    }

    private void clear() {
        if (open) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            open = false;
            shown = 0;
        }
    }

    /** {@code 1:05} (minutes:seconds) or {@code 2:03:00} (hours). */
    static String clockText(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
