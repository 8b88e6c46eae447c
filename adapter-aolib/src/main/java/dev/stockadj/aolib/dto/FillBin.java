package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Objects;

/** A bin detail of an item that is not lot or serial tracked. */
public record FillBin(@JsonProperty("BinRef") EntityRef binRef, @JsonProperty("Quantity") BigDecimal quantity)
        implements Detail {

    public static final String TYPE = "AOLib7.FillBin, AOLib7";

    public FillBin {
        Objects.requireNonNull(binRef, "BinRef is required");
        Objects.requireNonNull(quantity, "Quantity is required");
    }
}
