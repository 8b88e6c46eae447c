package dev.stockadj.costadj;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads values Foodics may give in more than one plausible form: a number as a JSON number or as
 * a string, an id as a string or a number, a status as its code (1, "1") or its name ("draft").
 * Anything else is empty, never zero or false: the caller decides what an unknown value means.
 */
final class Lenient {
    private Lenient() {
    }

    static Optional<BigDecimal> decimal(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(new BigDecimal(node.asText().strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Optional<Integer> integer(JsonNode node) {
        return decimal(node).flatMap(d -> {
            try {
                return Optional.of(d.intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    /** A non-blank string, or a number as its text (an id Foodics might give as a number). */
    static Optional<String> text(JsonNode node) {
        if (node == null || !(node.isTextual() || node.isIntegralNumber()) || node.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(node.asText().strip());
    }

    /** Status 1 Draft, 2 Closed [seed document], as a number, a numeric string or the name. */
    static Optional<CostAdjustmentStatus> status(JsonNode node) {
        Optional<Integer> code = integer(node);
        if (code.isPresent()) {
            return code.get() == FoodicsMapper.DRAFT ? Optional.of(CostAdjustmentStatus.DRAFT)
                    : code.get() == FoodicsMapper.CLOSED ? Optional.of(CostAdjustmentStatus.CLOSED) : Optional.empty();
        }
        String name = node == null || !node.isTextual() ? "" : node.asText().strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "draft" -> Optional.of(CostAdjustmentStatus.DRAFT);
            case "closed" -> Optional.of(CostAdjustmentStatus.CLOSED);
            default -> Optional.empty();
        };
    }

    /** How a value looked, for a message: its JSON, shortened. */
    static String shown(JsonNode node) {
        String text = node == null || node.isMissingNode() ? "nothing" : node.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
