package dev.stockadj.costadj.dto;

import java.util.List;
import java.util.Map;

/** A Laravel-style error answer: a message and, for 422, messages per field. */
public record ErrorAnswer(String message, Map<String, List<String>> errors) {
}
