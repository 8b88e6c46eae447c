package dev.stockadj.costadj.dto;

/** Foodics wraps a single object in {@code data}. */
public record Single<T>(T data) {
}
