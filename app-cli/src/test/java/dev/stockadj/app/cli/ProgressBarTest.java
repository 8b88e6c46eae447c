package dev.stockadj.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockadj.core.testing.ManualClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final StringWriter err = new StringWriter();
    private final ManualClock clock = new ManualClock();
    private final ProgressBar bar = new ProgressBar(new PrintWriter(err, true), clock);

    @Test
    void showsTheRateInDocumentsPerMinuteAndTheTimeLeft() {
        bar.started(10, 0);
        clock.advance(Duration.ofSeconds(30));
        bar.settled(1);
        clock.advance(Duration.ofSeconds(30));
        bar.settled(2);

        assertThat(lastLine()).isEqualTo("[######------------------------] 2/10 documents, 2.0/min, about 4:00 left");
    }

    @Test
    void theRateCountsOnlyWhatThisRunSettled() {
        bar.started(4, 2);
        clock.advance(Duration.ofSeconds(6));
        bar.settled(3);

        assertThat(lastLine()).endsWith("3/4 documents, 10.0/min, about 0:06 left");
    }

    @Test
    void saysItIsWaitingForTheVendorWhenNothingSettledForMoreThanTwoSeconds() {
        bar.started(3, 0);
        clock.advance(Duration.ofSeconds(2));
        bar.tick();
        assertThat(lastLine()).doesNotContain("waiting");

        clock.advance(Duration.ofSeconds(3));
        bar.tick();
        assertThat(lastLine()).endsWith("0/3 documents, waiting for the vendor (5 s)");

        bar.settled(1);
        assertThat(lastLine()).doesNotContain("waiting").contains("1/3 documents, 12.0/min");
    }

    @Test
    void showsThePlanningStagesThenTheBarOnTheSameLine() {
        bar.stage("reading count.csv");
        bar.stage("planning 1,000,000 line(s)");
        bar.started(2, 0);

        assertThat(err.toString()).startsWith("\rreading count.csv…\rplanning 1,000,000 line(s)…")
                .doesNotContain("\n");
        assertThat(lastLine()).startsWith("[---");
    }

    @Test
    void endsTheLineWhenTheRunStopsBeforeTheLastDocument() {
        bar.started(3, 0);
        bar.settled(1);
        bar.close();
        bar.close();

        assertThat(err.toString()).endsWith("1/3 documents\n").containsOnlyOnce("\n");
    }

    @Test
    void endsTheLineOnceWhenEveryDocumentIsSettled() {
        bar.started(2, 0);
        clock.advance(Duration.ofSeconds(1));
        bar.settled(2);
        bar.close();

        assertThat(err.toString()).endsWith("2/2 documents, 120.0/min\n").containsOnlyOnce("\n");
    }

    @Test
    void aSingleDocumentPlanClearsThePlanningLineAndDrawsNoBar() {
        bar.stage("planning 3 line(s)");
        bar.started(1, 0);
        bar.settled(1);
        bar.close();

        assertThat(err.toString()).doesNotContain("documents", "\n").endsWith("\r");
    }

    @Test
    void aShorterLineOverwritesTheWholeLongerOne() {
        bar.stage("planning 1,000,000 line(s): checking them");
        bar.started(2, 0);
        clock.advance(Duration.ofSeconds(5));
        bar.tick();
        clock.advance(Duration.ofSeconds(1));
        bar.settled(1);

        String[] draws = err.toString().split("\r");
        assertThat(draws[draws.length - 1].length()).isGreaterThanOrEqualTo(draws[draws.length - 2].strip().length());
    }

    @Test
    void theTimeLeftIsMinutesAndSecondsOrHours() {
        assertThat(ProgressBar.clockText(Duration.ofSeconds(65))).isEqualTo("1:05");
        assertThat(ProgressBar.clockText(Duration.ofMillis(1))).isEqualTo("0:01");
        assertThat(ProgressBar.clockText(Duration.ofMinutes(123))).isEqualTo("2:03:00");
    }

    @Test
    void stderrIsATerminalWhenTermIsSetAndFileDescriptorTwoIsATerminalDevice() {
        Map<String, String> xterm = Map.of("TERM", "xterm-256color");

        assertThat(SystemTerminal.interactive(xterm, Optional.of("/dev/pts/3"), false)).isTrue();
        assertThat(SystemTerminal.interactive(xterm, Optional.of("/tmp/err.log"), true)).isFalse();
        assertThat(SystemTerminal.interactive(xterm, Optional.of("pipe:[1234]"), true)).isFalse();
        assertThat(SystemTerminal.interactive(Map.of("TERM", "dumb"), Optional.of("/dev/pts/3"), true)).isFalse();
        assertThat(SystemTerminal.interactive(Map.of(), Optional.of("/dev/pts/3"), true)).isFalse();
        assertThat(SystemTerminal.interactive(xterm, Optional.empty(), true)).as("no /proc: the console decides")
                .isTrue();
    }

    private String lastLine() {
        String[] draws = err.toString().split("\r");
        return draws[draws.length - 1].stripTrailing();
    }
}
