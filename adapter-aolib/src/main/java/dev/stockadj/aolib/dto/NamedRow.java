package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A row with an id and a name: locations (150), bins (151), accounts (350). */
public record NamedRow(@JsonProperty("Id") Integer id, @JsonProperty("Name") String name,
        @JsonProperty("LocationRef") EntityRef locationRef) {
}
