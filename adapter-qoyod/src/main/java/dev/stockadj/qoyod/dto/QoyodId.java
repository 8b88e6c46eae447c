package dev.stockadj.qoyod.dto;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An id written to Qoyod: a JSON integer when it is a canonical whole number (Qoyod's ids are
 * integers), otherwise the text as given, so an unexpected id is passed on rather than mangled.
 */
public record QoyodId(String value) {
    private static final Pattern WHOLE = Pattern.compile("0|[1-9][0-9]{0,30}");

    public QoyodId {
        Objects.requireNonNull(value, "id is required");
    }

    @JsonValue
    public Object json() {
        return WHOLE.matcher(value).matches() ? new BigInteger(value) : value;
    }
}
