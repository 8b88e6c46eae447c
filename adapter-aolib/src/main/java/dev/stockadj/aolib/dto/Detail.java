package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;

/**
 * A line item detail, Order Time's {@code FillBinBase}: polymorphic on the {@code $type} property,
 * which the API requires on every detail.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "$type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FillBin.class, name = FillBin.TYPE),
        @JsonSubTypes.Type(value = DocFillLotOrSerial.class, name = DocFillLotOrSerial.TYPE)})
public sealed interface Detail permits FillBin, DocFillLotOrSerial {

    BigDecimal quantity();
}
