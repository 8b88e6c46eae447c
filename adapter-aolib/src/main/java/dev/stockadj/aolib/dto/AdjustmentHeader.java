package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the adapter reads of an adjustment the vendor answers with or lists: its number and memo.
 * Everything else is kept as the raw answer, so a line type this client does not know cannot
 * make a recorded document look like a failure.
 */
public record AdjustmentHeader(@JsonProperty("DocNo") Integer docNo, @JsonProperty("Memo") String memo) {
}
