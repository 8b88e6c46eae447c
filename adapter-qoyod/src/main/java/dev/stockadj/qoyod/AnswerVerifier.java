package dev.stockadj.qoyod;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.qoyod.dto.AdjustmentDto;
import dev.stockadj.qoyod.dto.AdjustmentLineDto;
import dev.stockadj.qoyod.dto.QoyodId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an accepted adjustment's answer against what was sent, as the seed document's "Verification" section
 * says: a positive integer {@code id}; one {@code line_items} entry per product sent, each with {@code quantity}
 * equal to the {@code actual_quantity} sent; {@code revenue_account} and {@code expense_account} ids equal to
 * those sent; and, when the answer states one, the {@code date} sent. Each difference is a discrepancy: the
 * document was created all the same, so it is recorded as applied, with them. Reads tolerantly: a product as
 * {@code product.id} or {@code product_id}, an account as {@code revenue_account.id} or {@code revenue_account_id},
 * numbers as JSON numbers or strings.
 */
final class AnswerVerifier {
    private static final Pattern POSITIVE_INTEGER = Pattern.compile("[1-9][0-9]{0,18}");

    private AnswerVerifier() {
    }

    static List<FieldError> discrepancies(AdjustmentDto sent, JsonNode answer) {
        List<FieldError> found = new ArrayList<>();
        String id = answer.path("id").asText("");
        if (!POSITIVE_INTEGER.matcher(id).matches()) {
            found.add(new FieldError("id", "Qoyod answered id '" + id + "', not a positive integer"));
        }
        String date = answer.path("date").asText("");
        if (!date.isEmpty() && !date.startsWith(sent.date())) {
            found.add(new FieldError("date", "Qoyod recorded date " + date + " where " + sent.date() + " was sent"));
        }
        lines(sent, answer.get("line_items"), found);
        account("revenue_account", sent.revenueAccountId(), answer, found);
        account("expense_account", sent.expenseAccountId(), answer, found);
        return found;
    }

    private static void lines(AdjustmentDto sent, JsonNode answered, List<FieldError> found) {
        if (answered == null || !answered.isArray()) {
            found.add(new FieldError("line_items", "Qoyod's answer lists no line items, so the quantities it recorded"
                    + " cannot be checked"));
            return;
        }
        Map<String, List<JsonNode>> byProduct = new LinkedHashMap<>();
        for (JsonNode line : answered) {
            byProduct.computeIfAbsent(productId(line), p -> new ArrayList<>()).add(line);
        }
        for (AdjustmentLineDto line : sent.lineItems()) {
            String product = text(line.productId());
            List<JsonNode> entries = byProduct.remove(product);
            String where = "line_items[product " + product + "]";
            if (entries == null) {
                found.add(new FieldError(where, "missing from Qoyod's answer (sent actual_quantity "
                        + line.actualQuantity() + ")"));
            } else if (entries.size() > 1) {
                found.add(new FieldError(where, "appears " + entries.size() + " times in Qoyod's answer"));
            } else {
                Optional<BigDecimal> quantity = decimal(entries.get(0).get("quantity"));
                if (quantity.isEmpty() || quantity.get().compareTo(new BigDecimal(line.actualQuantity())) != 0) {
                    found.add(new FieldError(where + ".quantity", "Qoyod recorded "
                            + quantity.map(BigDecimal::toPlainString).orElse("no quantity") + " where "
                            + line.actualQuantity() + " was sent"));
                }
            }
        }
        byProduct.keySet().forEach(product -> found.add(new FieldError("line_items[product " + product + "]",
                "in Qoyod's answer but not sent")));
    }

    private static void account(String name, QoyodId sent, JsonNode answer, List<FieldError> found) {
        JsonNode object = answer.get(name);
        String answered = object != null && object.isObject() ? object.path("id").asText("")
                : answer.path(name + "_id").asText("");
        if (answered.isEmpty()) {
            found.add(new FieldError(name, "not stated in Qoyod's answer (sent " + text(sent) + ")"));
        } else if (!answered.equals(text(sent))) {
            found.add(new FieldError(name, "Qoyod recorded account " + answered + " where " + text(sent)
                    + " was sent"));
        }
    }

    private static String productId(JsonNode line) {
        JsonNode product = line.get("product");
        if (product != null && product.isObject() && product.hasNonNull("id")) {
            return product.get("id").asText();
        }
        return line.path("product_id").asText("");
    }

    private static Optional<BigDecimal> decimal(JsonNode value) {
        if (value == null || !(value.isNumber() || value.isTextual())) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        try {
            return Optional.of(new BigDecimal(value.asText().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The id as sent: its JSON integer is written from this very text (a canonical whole number), else the text. */
    private static String text(QoyodId id) {
        return id.value();
    }
}
