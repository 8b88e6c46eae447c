package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;

/**
 * A {@code /list} filter: a (dotted) property, an operator (1 equal, 8 in, 12 like) and its values. On the wire
 * {@code FilterValueArray} is one string, despite its name: "When using the In or Not In operators, the
 * FilterValueArray property should contain a comma delimited string of values" (help.ordertime.com, Working with
 * entity refs; its sample sends {@code "FilterValueArray":"UPS"}). A value holding a comma, or blank space at either
 * end, cannot travel in an "in" list, so it is refused here: ask for it with {@link #equal} instead.
 */
public record ListFilter(
        @JsonProperty("PropertyName") String propertyName,
        @JsonProperty("Operator") int operator,
        @JsonIgnore List<String> values) {

    public static final int EQUAL = 1;
    public static final int IN = 8;
    public static final int LIKE = 12;

    public ListFilter {
        Objects.requireNonNull(propertyName, "PropertyName is required");
        values = List.copyOf(values);
        if (operator == IN && values.stream().anyMatch(v -> !fitsInList(v))) {
            throw new IllegalArgumentException("a value with a comma or blank ends cannot go in an 'in' filter");
        }
    }

    /** Whether {@code value} survives a comma-delimited list unchanged. */
    public static boolean fitsInList(String value) {
        return !value.isEmpty() && value.indexOf(',') < 0 && value.strip().equals(value);
    }

    @JsonProperty("FilterValueArray")
    public String filterValueArray() {
        return String.join(",", values);
    }

    public static ListFilter equal(String property, String value) {
        return new ListFilter(property, EQUAL, List.of(value));
    }

    public static ListFilter in(String property, List<String> values) {
        return new ListFilter(property, IN, values);
    }

    public static ListFilter like(String property, String value) {
        return new ListFilter(property, LIKE, List.of(value));
    }
}
