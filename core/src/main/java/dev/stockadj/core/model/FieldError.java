package dev.stockadj.core.model;

import java.util.Objects;

/** One message of a vendor's rejection, with the field it names ("" when it names none). */
public record FieldError(String field, String message) {
    public FieldError {
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message is required");
    }

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
