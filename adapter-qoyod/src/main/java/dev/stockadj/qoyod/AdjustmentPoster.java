package dev.stockadj.qoyod;

import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.plumbing.http.HttpAnswer;
import dev.stockadj.plumbing.http.VendorJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.qoyod.dto.AdjustmentRequestDto;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code POST /inventory_adjustments}, sent once, never retried. Qoyod answers validation failures with
 * 200 and {@code errors}, so the body decides, not the status. An accepted answer is checked against what was
 * sent ({@link AnswerVerifier}); what differs comes back with the posted document.
 */
final class AdjustmentPoster {
    private static final String WHAT = "posting the Qoyod inventory adjustment";

    private final QoyodApi api;
    private final Exchange exchange;
    private final ProductCatalog catalog;
    private final QoyodFailures errors;
    private final ObjectMapper json;

    AdjustmentPoster(QoyodApi api, Exchange exchange, ProductCatalog catalog, QoyodFailures errors, ObjectMapper json) {
        this.api = api;
        this.exchange = exchange;
        this.catalog = catalog;
        this.errors = errors;
        this.json = json;
    }

    PostedDocument post(AdjustmentDocument document) {
        Function<String, CatalogProduct> read = readMissingPrices(document);
        AdjustmentRequestDto request = QoyodMapper.toRequest(document, line -> rateOf(line, read));
        HttpAnswer answer = exchange.write(api.postAdjustment(request), WHAT + " " + document.key());
        Optional<JsonNode> body = VendorJson.object(json, answer.body());
        if (body.isPresent() && body.get().has("errors")) {
            throw errors.rejected(body.get().get("errors"));
        }
        JsonNode adjustment = body.map(b -> b.get("inventory_adjustment")).orElse(null);
        JsonNode id = adjustment == null ? null : adjustment.get("id");
        if (answer.status() < 200 || answer.status() >= 300 || id == null || !id.isValueNode() || id.asText().isBlank()) {
            throw errors.protocol(answer, WHAT, "{\"inventory_adjustment\": {\"id\": ...}} or {\"errors\": ...}");
        }
        return new PostedDocument(new VendorDocumentId(id.asText()), answer.body(),
                AnswerVerifier.discrepancies(request.inventoryAdjustment(), adjustment));
    }

    /**
     * A line's rate: its unit cost; else the product's buying price in Qoyod (as the planning saw it, or as read
     * for this document); else zero.
     */
    private BigDecimal rateOf(PlannedLine line, Function<String, CatalogProduct> read) {
        String id = line.position().item().value();
        return line.unitCost().map(UnitCost::value)
                .or(() -> catalog.knownBuyingPrice(id))
                .or(() -> Optional.ofNullable(read.apply(id)).map(CatalogProduct::buyingPrice))
                .orElse(BigDecimal.ZERO);
    }

    /**
     * Reads the products of lines without a unit cost whose buying price the planning did not see; they are kept
     * for this document only. Nothing has been sent at this point, so a failure here is reported as "not sent".
     */
    private Function<String, CatalogProduct> readMissingPrices(AdjustmentDocument document) {
        Set<String> missing = new HashSet<>();
        for (PlannedLine line : document.lines()) {
            String id = line.position().item().value();
            if (line.unitCost().isEmpty() && catalog.knownBuyingPrice(id).isEmpty()) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return id -> null;
        }
        try {
            return catalog.byIds(missing);
        } catch (VendorUnavailable | VendorProtocolError e) {
            throw new VendorUnavailable(false, "reading buying prices before " + WHAT + " failed; nothing was sent: "
                    + e.getMessage(), e);
        }
    }
}
