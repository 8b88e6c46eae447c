package dev.stockadj.costadj.dto;

/** An inventory item embedded in another object, with its pivot numbers. */
public record PivotItem(String id, String sku, Pivot pivot) {
}
