package dev.stockadj.qoyod.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A ledger account as {@code GET /accounts} lists it. */
public record AccountDto(@JsonProperty("id") String id, @JsonProperty("code") String code,
                         @JsonProperty("name_en") String nameEn) {
}
