package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One line of an adjustment; the API requires its {@code $type}. Quantity is signed. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "$type")
@JsonTypeName(AdjustmentLineItem.TYPE)
public record AdjustmentLineItem(
        @JsonProperty("ItemRef") EntityRef itemRef,
        @JsonProperty("Quantity") BigDecimal quantity,
        @JsonProperty("Cost") BigDecimal cost,
        @JsonProperty("Details") List<Detail> details) {

    public static final String TYPE = "AOLib7.AdjustmentLineItem, AOLib7";

    public AdjustmentLineItem {
        Objects.requireNonNull(itemRef, "ItemRef is required");
        details = details == null || details.isEmpty() ? null : List.copyOf(details);
        if (quantity == null && details == null) {
            throw new IllegalArgumentException("Quantity is required when there are no details");
        }
    }
}
