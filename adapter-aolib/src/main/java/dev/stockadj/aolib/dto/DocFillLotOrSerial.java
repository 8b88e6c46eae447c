package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A lot or serial detail; {@code BinRef} only where the item is also kept in bins, and
 * {@code ExpirationDate} ({@code YYYY-MM-DDT00:00:00}) only where known.
 */
public record DocFillLotOrSerial(
        @JsonProperty("BinRef") EntityRef binRef,
        @JsonProperty("Quantity") BigDecimal quantity,
        @JsonProperty("LotOrSerialNo") String lotOrSerialNo,
        @JsonProperty("ExpirationDate") String expirationDate) implements Detail {

    public static final String TYPE = "AOLib7.DocFillLotOrSerial, AOLib7";

    public DocFillLotOrSerial {
        Objects.requireNonNull(quantity, "Quantity is required");
        if (lotOrSerialNo == null || lotOrSerialNo.isBlank() || lotOrSerialNo.length() > 50) {
            throw new IllegalArgumentException("LotOrSerialNo is required and at most 50 characters");
        }
    }
}
