package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of a 409 answer. {@code ProperyName} is Order Time's own spelling; the correct one is accepted too. */
public record ValidationResult(
        @JsonProperty("ProperyName") @JsonAlias("PropertyName") String properyName,
        @JsonProperty("Message") String message,
        @JsonProperty("Value") String value) {
}
