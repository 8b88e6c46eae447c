package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;

/** A {@code /list} filter: a (dotted) property, an operator (1 equal, 8 in, 12 like) and its values. */
public record ListFilter(
        @JsonProperty("PropertyName") String propertyName,
        @JsonProperty("Operator") int operator,
        @JsonProperty("FilterValueArray") List<String> filterValueArray) {

    public static final int EQUAL = 1;
    public static final int IN = 8;
    public static final int LIKE = 12;

    public ListFilter {
        Objects.requireNonNull(propertyName, "PropertyName is required");
        filterValueArray = List.copyOf(filterValueArray);
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
