package dev.stockadj.costadj.dto;

/** A related object as Foodics embeds it: at least its id. */
public record Ref(String id) {
}
