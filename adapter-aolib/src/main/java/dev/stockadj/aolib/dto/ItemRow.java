package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A row of list type 115 (Item). {@code LotOrSerial} is read as text or number ("Lot"/1,
 * "Serial"/2) because sources disagree; absent flags mean untracked.
 */
public record ItemRow(
        @JsonProperty("Id") Integer id,
        @JsonProperty("Name") String name,
        @JsonProperty("UPC") String upc,
        @JsonProperty("TrackBins") Boolean trackBins,
        @JsonProperty("TrackLotOrSerial") Boolean trackLotOrSerial,
        @JsonProperty("LotOrSerial") JsonNode lotOrSerial) {
}
