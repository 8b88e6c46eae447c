package dev.stockadj.costadj.dto;

/** A user or a branch: its id and name. */
public record Named(String id, String name) {
}
