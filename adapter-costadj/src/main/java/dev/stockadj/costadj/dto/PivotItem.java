package dev.stockadj.costadj.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An inventory item embedded in another object, with its pivot numbers; {@code quantity} is the
 * same number given beside the pivot instead of inside it, should a level be answered that way.
 */
public record PivotItem(String id, Pivot pivot, JsonNode quantity) {
}
