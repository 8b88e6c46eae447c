package dev.stockadj.costadj.dto;

/** The paging links of a list. */
public record Links(String first, String last, String prev, String next) {
}
