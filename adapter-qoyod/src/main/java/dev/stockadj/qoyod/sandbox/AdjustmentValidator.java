package dev.stockadj.qoyod.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockadj.plumbing.sandbox.FieldErrors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates {@code POST /inventory_adjustments} as Qoyod does: the wrapper is present, the inventory and
 * both accounts exist, there is at least one line, each product exists and tracks quantity, and
 * {@code actual_quantity} / {@code rate} (and {@code current_qty}, optional) are strings holding non-negative
 * plain decimals. Collects every error.
 */
final class AdjustmentValidator {
    /** A plain decimal: the sandbox is stricter than Rails here, so exponent notation never slips through tests. */
    private static final Pattern PLAIN = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+(\\.[0-9]+)?");

    private final Set<Long> inventories;
    private final Set<Long> accounts;
    private final Map<Long, SandboxProduct> products;
    private final FieldErrors errors = new FieldErrors();

    AdjustmentValidator(Set<Long> inventories, Set<Long> accounts, Map<Long, SandboxProduct> products) {
        this.inventories = inventories;
        this.accounts = accounts;
        this.products = products;
    }

    /** The adjustment, or empty with {@link #errors()} filled. */
    Optional<ParsedAdjustment> validate(JsonNode root, LocalDate today) {
        JsonNode body = root == null ? null : root.get("inventory_adjustment");
        if (body == null || !body.isObject()) {
            error("inventory_adjustment", "param is missing or the value is empty");
            return Optional.empty();
        }
        OptionalLong inventory = existing(body.get("inventory_id"), inventories, "inventory");
        OptionalLong revenue = existing(body.get("revenue_account_id"), accounts, "revenue_account");
        OptionalLong expense = existing(body.get("expense_account_id"), accounts, "expense_account");
        LocalDate date = date(body.get("date"), today);
        String description = body.hasNonNull("description") ? body.get("description").asText() : "";
        List<ParsedAdjustment.Line> lines = lines(body.get("line_items"));
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ParsedAdjustment(inventory.getAsLong(), revenue.getAsLong(), expense.getAsLong(), date,
                description, lines));
    }

    FieldErrors errors() {
        return errors;
    }

    private List<ParsedAdjustment.Line> lines(JsonNode items) {
        List<ParsedAdjustment.Line> lines = new ArrayList<>();
        if (items == null || !items.isArray() || items.isEmpty()) {
            error("line_items", "can't be blank");
            return lines;
        }
        int before = errors.size();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String where = "line_items[" + i + "]";
            OptionalLong product = id(item.get("product_id"));
            SandboxProduct known = product.isPresent() ? products.get(product.getAsLong()) : null;
            if (known == null) {
                error(where + ".product", "must exist");
            } else if (!known.trackQuantity()) {
                error(where + ".product", "does not track quantity");
            }
            Optional<BigDecimal> quantity = decimalString(item.get("actual_quantity"), where + ".actual_quantity", true);
            Optional<BigDecimal> rate = decimalString(item.get("rate"), where + ".rate", false);
            Optional<BigDecimal> current = decimalString(item.get("current_qty"), where + ".current_qty", false);
            if (known != null && quantity.isPresent()) {
                lines.add(new ParsedAdjustment.Line(known.id(), quantity.get(), rate.orElse(BigDecimal.ZERO), current));
            }
        }
        if (errors.size() > before) {
            error("line_items", "is invalid");
        }
        return lines;
    }

    private Optional<BigDecimal> decimalString(JsonNode node, String field, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                error(field, "can't be blank");
            }
            return Optional.empty();
        }
        if (!node.isTextual()) {
            error(field, "must be a string");
            return Optional.empty();
        }
        String text = node.asText().strip();
        if (NEGATIVE.matcher(text).matches()) {
            error(field, "must be greater than or equal to 0");
            return Optional.empty();
        }
        if (!PLAIN.matcher(text).matches()) {
            error(field, "is not a number");
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    private OptionalLong existing(JsonNode node, Set<Long> known, String field) {
        OptionalLong id = id(node);
        if (id.isEmpty() || !known.contains(id.getAsLong())) {
            error(field, "must exist");
            return OptionalLong.empty();
        }
        return id;
    }

    private LocalDate date(JsonNode node, LocalDate today) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            error("date", "is invalid");
            return today;
        }
    }

    /** Ids arrive as JSON integers or as digit strings (Rails converts both). */
    private static OptionalLong id(JsonNode node) {
        if (node == null) {
            return OptionalLong.empty();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return OptionalLong.of(node.asLong());
        }
        if (node.isTextual() && node.asText().matches("[0-9]{1,18}")) {
            return OptionalLong.of(Long.parseLong(node.asText()));
        }
        return OptionalLong.empty();
    }

    private void error(String field, String message) {
        errors.add(field, message);
    }
}
