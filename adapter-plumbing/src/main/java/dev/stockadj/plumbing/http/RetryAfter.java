package dev.stockadj.plumbing.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header as RFC 9110 defines it: delta-seconds ({@code 120}) or an HTTP-date
 * ({@code Wed, 21 Oct 2026 07:28:00 GMT}, and the two obsolete date forms), a date read against the adapter's
 * clock. The wait is bounded: a date in the past is no wait, and nothing is waited longer than {@link #LONGEST},
 * whatever a vendor (or a proxy in front of it) says. Anything else — a negative number, a fraction, words — is
 * no Retry-After at all.
 */
public final class RetryAfter {
    /** The longest wait a Retry-After can ask for. */
    public static final Duration LONGEST = Duration.ofMinutes(5);

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US),
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(java.time.ZoneOffset.UTC));

    private RetryAfter() {
    }

    /** The wait {@code header} asks for, from {@code now}; empty when there is none or it cannot be read. */
    public static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(value.length() > 9 ? LONGEST : bounded(Duration.ofSeconds(Long.parseLong(value))));
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(bounded(Duration.between(now, ZonedDateTime.parse(value, format).toInstant())));
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return Optional.empty();
    }

    private static Duration bounded(Duration wait) {
        return wait.isNegative() ? Duration.ZERO : wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
