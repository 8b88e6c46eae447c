package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A row of list type 1100 (Lot or Serial No): {@code LotOrSerialNo}, {@code ItemRef} and {@code ExpirationDate}
 * are documented (help.ordertime.com/help/lot-or-serial-no, whose sample writes the date as {@code 2029-01-31}).
 * The date is kept raw: {@code Expiry} reads it leniently.
 */
public record LotRow(
        @JsonProperty("ItemRef") EntityRef itemRef,
        @JsonProperty("LotOrSerialNo") String lotOrSerialNo,
        @JsonProperty("ExpirationDate") JsonNode expirationDate) {
}
