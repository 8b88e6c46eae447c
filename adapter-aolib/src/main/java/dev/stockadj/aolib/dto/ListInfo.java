package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The body of {@code POST /list} (rows) and {@code PUT /list} (count). Pages are 1-based, at most 1000 records. */
public record ListInfo(
        @JsonProperty("Type") int type,
        @JsonProperty("Filters") List<ListFilter> filters,
        @JsonProperty("Sortation") Sortation sortation,
        @JsonProperty("PageNumber") int pageNumber,
        @JsonProperty("NumberOfRecords") int numberOfRecords) {

    public static final int MAX_RECORDS = 1000;

    public ListInfo {
        filters = List.copyOf(filters);
        if (pageNumber < 1) {
            throw new IllegalArgumentException("PageNumber is 1-based: " + pageNumber);
        }
        if (numberOfRecords < 1 || numberOfRecords > MAX_RECORDS) {
            throw new IllegalArgumentException("NumberOfRecords must be 1.." + MAX_RECORDS + ": " + numberOfRecords);
        }
    }

    public ListInfo page(int number) {
        return new ListInfo(type, filters, sortation, number, numberOfRecords);
    }
}
