package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;

/** The adjustment document as written to {@code POST /adjustment}. {@code Date} is {@code YYYY-MM-DDT00:00:00}. */
public record Adjustment(
        @JsonProperty("AccountRef") EntityRef accountRef,
        @JsonProperty("LocationRef") EntityRef locationRef,
        @JsonProperty("Date") String date,
        @JsonProperty("Memo") String memo,
        @JsonProperty("LineItems") List<AdjustmentLineItem> lineItems) {

    public static final int MAX_MEMO = 4000;

    public Adjustment {
        Objects.requireNonNull(accountRef, "AccountRef is required");
        Objects.requireNonNull(locationRef, "LocationRef is required");
        Objects.requireNonNull(date, "Date is required");
        if (memo != null && memo.length() > MAX_MEMO) {
            throw new IllegalArgumentException("Memo is longer than " + MAX_MEMO + " characters");
        }
        lineItems = List.copyOf(lineItems);
        if (lineItems.isEmpty()) {
            throw new IllegalArgumentException("LineItems must not be empty");
        }
    }
}
