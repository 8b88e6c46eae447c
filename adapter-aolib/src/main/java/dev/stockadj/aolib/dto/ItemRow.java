package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A row of list type 115 (Item). {@code Id}, {@code Name}, {@code UPC} and {@code TrackLotOrSerial} are
 * documented Part Item properties; {@code LotOrSerial} (lot or serial, as text or number) is an assumption.
 * Both tracking fields are kept raw and read leniently (see {@code Tracking}): absent or unexpected values
 * mean "not known", never "not tracked". No bin-tracking flag is read: Order Time documents none.
 */
public record ItemRow(
        @JsonProperty("Id") Integer id,
        @JsonProperty("Name") String name,
        @JsonProperty("UPC") String upc,
        @JsonProperty("TrackLotOrSerial") JsonNode trackLotOrSerial,
        @JsonProperty("LotOrSerial") JsonNode lotOrSerial) {
}
