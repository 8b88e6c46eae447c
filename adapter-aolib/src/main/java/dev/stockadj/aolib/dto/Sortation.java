package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Sort order of a {@code /list} query; direction 1 is ascending. */
public record Sortation(@JsonProperty("PropertyName") String propertyName, @JsonProperty("Direction") int direction) {
}
