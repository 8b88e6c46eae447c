package dev.stockadj.plumbing.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Retry-After's obsolete date forms, and no header at all. */
class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    @Test
    void theObsoleteDateFormsAreReadToo() {
        assertThat(RetryAfter.parse("Thursday, 26-Nov-26 10:16:30 GMT", NOW)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse("Thu Nov 26 10:16:30 2026", NOW)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse("Thu, 26 Nov 2026 10:16:30 GMT", NOW)).contains(Duration.ofMinutes(1));
    }

    @Test
    void nothingIsNoRetryAfter() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("  ", NOW)).isEmpty();
    }
}
