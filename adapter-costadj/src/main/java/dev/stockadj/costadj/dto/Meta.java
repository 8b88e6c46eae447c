package dev.stockadj.costadj.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The paging numbers of a list, as numbers or strings. */
public record Meta(
        @JsonProperty("current_page") JsonNode currentPage,
        @JsonProperty("last_page") JsonNode lastPage) {
}
