package dev.stockadj.aolib;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@code ExpirationDate} leniently: {@code 2029-01-31} (the lot record's documented sample),
 * {@code 2029-01-31T00:00:00} (how the adjustment sample writes dates), with or without a time or zone after
 * it. Anything else is "no readable expiry", never an error.
 */
final class Expiry {

    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");

    private Expiry() {
    }

    static Optional<LocalDate> read(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        Matcher matcher = DATE.matcher(value.asText().strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
