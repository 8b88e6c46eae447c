package dev.stockadj.costadj.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The paging numbers of a list. */
public record Meta(
        @JsonProperty("current_page") Integer currentPage,
        @JsonProperty("last_page") Integer lastPage,
        @JsonProperty("per_page") Integer perPage,
        Integer total) {
}
