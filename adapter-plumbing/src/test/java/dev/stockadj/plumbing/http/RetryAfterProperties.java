package dev.stockadj.plumbing.http;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** Retry-After as delta-seconds and as an HTTP-date, always bounded, and nothing else. */
class RetryAfterProperties {
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    @Property
    void delaySecondsAreThatLongAtMostTheLongestWait(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long seconds) {
        Duration expected = seconds > RetryAfter.LONGEST.toSeconds() ? RetryAfter.LONGEST : Duration.ofSeconds(seconds);

        assertThat(RetryAfter.parse(Long.toString(seconds), NOW)).contains(expected);
        assertThat(RetryAfter.parse(" " + seconds + " ", NOW)).contains(expected);
    }

    @Property
    void anHttpDateIsTheTimeUntilThenNeverNegativeAtMostTheLongestWait(
            @ForAll @LongRange(min = -86_400, max = 86_400) long offsetSeconds) {
        Instant at = NOW.plusSeconds(offsetSeconds);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
        Duration expected = offsetSeconds < 0 ? Duration.ZERO
                : offsetSeconds > RetryAfter.LONGEST.toSeconds() ? RetryAfter.LONGEST : Duration.ofSeconds(offsetSeconds);

        assertThat(RetryAfter.parse(date, NOW)).contains(expected);
    }

    @Property
    void wordsAreNoRetryAfter(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String words) {
        assertThat(RetryAfter.parse(words, NOW)).isEmpty();
    }

    @Property
    void negativeOrFractionalSecondsAreNoRetryAfter(@ForAll @LongRange(min = 1, max = 1_000_000) long seconds) {
        assertThat(RetryAfter.parse("-" + seconds, NOW)).isEmpty();
        assertThat(RetryAfter.parse(seconds + ".5", NOW)).isEmpty();
    }
}
