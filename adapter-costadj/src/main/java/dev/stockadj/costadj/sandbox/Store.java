package dev.stockadj.costadj.sandbox;

import dev.stockadj.plumbing.sandbox.Answer;
import dev.stockadj.plumbing.sandbox.FieldErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The sandbox's state and the operations on it; every operation holds the store's lock. */
final class Store {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> ITEM_FILTERS = Set.of("sku", "id", "name");
    private static final Set<String> BRANCH_FILTERS = Set.of("id", "name", "reference");

    private final Supplier<Instant> clock;
    private final Catalog catalog = new Catalog();
    private final Variants variants;
    private final AdjustmentJson json;
    private final Map<String, Adjustment> adjustments = new LinkedHashMap<>();
    private int sequence;
    private int pageSize = 50;
    private boolean skuListsAccepted = true;
    private boolean ignoresClientReferences;

    Store(Supplier<Instant> clock, Variants variants) {
        this.clock = clock;
        this.variants = variants;
        this.json = new AdjustmentJson(catalog, variants);
    }

    /** Everything a later run could see, and the reference counter. */
    synchronized FoodicsState snapshot() {
        return new FoodicsState(FoodicsState.VENDOR, FoodicsState.FORMAT, catalog.levelsByBranch(),
                List.copyOf(adjustments.values()), sequence);
    }

    /** Takes the state a {@link #snapshot()} saved, in place of the seed's. */
    synchronized void restore(FoodicsState state) {
        catalog.restoreLevels(state.levels());
        adjustments.clear();
        for (Adjustment adjustment : state.adjustments()) {
            if (adjustments.put(adjustment.id(), adjustment) != null) {
                throw new IllegalArgumentException("cost adjustment " + adjustment.id() + " is there twice");
            }
        }
        sequence = state.sequence();
    }

    synchronized void ignoreClientReferences(boolean ignore) {
        ignoresClientReferences = ignore;
    }

    synchronized void pageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be 1 or more");
        }
        pageSize = size;
    }

    synchronized void skuListsAccepted(boolean accepted) {
        skuListsAccepted = accepted;
    }

    synchronized BigDecimal costAt(String branch, String item) {
        return catalog.costAt(branch, item);
    }

    synchronized BigDecimal onHand(String branch, String item) {
        return catalog.onHand(branch, item);
    }

    synchronized int adjustmentCount() {
        return (int) adjustments.values().stream().filter(a -> !a.deleted()).count();
    }

    /**
     * The token's user and business, nested as Foodics answers: {@code {"data": {"user": {...},
     * "business": {...}}}} (VENDORS.md [seen]); or flat, or without an id, as a variant says.
     */
    synchronized Answer whoami() {
        if (variants.has(Variant.WHOAMI_FLAT)) {
            return Laravel.data(AdjustmentJson.named(Seed.USER, catalog.userName(Seed.USER)));
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ObjectNode user = data.putObject("user");
        if (!variants.has(Variant.WHOAMI_WITHOUT_ID)) {
            user.put("id", Seed.USER);
        }
        user.put("name", catalog.userName(Seed.USER));
        user.put("email", Seed.USER_EMAIL);
        ObjectNode business = data.putObject("business");
        business.put("id", Seed.BUSINESS);
        business.put("name", Seed.BUSINESS_NAME);
        business.put("reference", Seed.BUSINESS_REFERENCE);
        return Laravel.data(data);
    }

    synchronized Answer branch(String id) {
        return catalog.branchName(id).<Answer>map(name -> Laravel.data(AdjustmentJson.named(id, name)))
                .orElseGet(Laravel::notFound);
    }

    /** Branches, filtered by {@code filter[id]}, {@code filter[name]} and {@code filter[reference]} [seen]. */
    synchronized Answer branches(Map<String, String> query, String url) {
        Optional<Answer> bad = Queries.unknownFilters(query, BRANCH_FILTERS);
        if (bad.isPresent()) {
            return bad.get();
        }
        List<JsonNode> all = new ArrayList<>();
        catalog.branches().forEach((id, name) -> {
            if (matches(query.get("filter[id]"), id) && matches(query.get("filter[name]"), name)
                    && matches(query.get("filter[reference]"), id)) {
                all.add(AdjustmentJson.named(id, name));
            }
        });
        return page(all, query, url);
    }

    private Answer page(List<JsonNode> all, Map<String, String> query, String url) {
        return Paging.page(all, query, url, pageSize, !variants.has(Variant.NO_PAGING_META));
    }

    synchronized Answer inventoryItems(Map<String, String> query, String url) {
        Optional<Answer> bad = Queries.unknownFilters(query, variants.has(Variant.NO_SKU_FILTER)
                ? Set.of("id", "name") : ITEM_FILTERS);
        if (bad.isPresent()) {
            return bad.get();
        }
        List<JsonNode> all = new ArrayList<>();
        for (SeedItem item : catalog.items()) {
            if (matches(query.get("filter[sku]"), item.sku()) && matches(query.get("filter[name]"), item.name())
                    && matches(query.get("filter[id]"), item.id())) {
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                node.put("id", item.id());
                node.put("name", item.name());
                node.put("sku", item.sku());
                node.put("cost", item.cost());
                all.add(node);
            }
        }
        return page(all, query, url);
    }

    /** Laravel's default filter: partial, case-insensitive, a comma list matching any (unless lists are off). */
    private boolean matches(String filter, String value) {
        if (filter == null) {
            return true;
        }
        List<String> terms = skuListsAccepted ? Arrays.asList(filter.split(",")) : List.of(filter);
        String lower = value.toLowerCase(Locale.ROOT);
        return terms.stream().anyMatch(t -> lower.contains(t.strip().toLowerCase(Locale.ROOT)));
    }

    synchronized Answer inventoryLevels(String branch, Map<String, String> query, String url) {
        if (!catalog.hasBranch(branch)) {
            return Laravel.notFound();
        }
        List<JsonNode> all = new ArrayList<>();
        catalog.levels(branch).forEach((itemId, level) -> {
            SeedItem item = catalog.item(itemId);
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", item.id());
            ObjectNode pivot = node.putObject("pivot");
            pivot.put("quantity", level.quantity());
            pivot.put("cost_per_unit", level.cost());
            all.add(node);
        });
        return page(all, query, url);
    }

    synchronized Answer list(Map<String, String> query, String url) {
        Optional<Answer> bad = Queries.unknownFilters(query, AdjustmentFilter.NAMES)
                .or(() -> Queries.unknownIncludes(query));
        if (bad.isPresent()) {
            return bad.get();
        }
        AdjustmentFilter filter = new AdjustmentFilter(query);
        Set<String> include = Queries.includes(query);
        List<JsonNode> all = adjustments.values().stream()
                .filter(a -> !a.deleted() && filter.test(a))
                .map(a -> json.adjustment(a, include))
                .collect(Collectors.toList());
        return page(all, query, url);
    }

    synchronized Answer get(String id, Map<String, String> query) {
        Optional<Answer> bad = Queries.unknownIncludes(query);
        if (bad.isPresent()) {
            return bad.get();
        }
        Adjustment a = adjustments.get(id);
        return a == null || a.deleted() ? Laravel.notFound() : Laravel.data(json.adjustment(a, Queries.includes(query)));
    }

    synchronized Answer create(JsonNode body) {
        WriteValidator validator = new WriteValidator(catalog, ref -> referenceTaken(ref, null));
        WriteRequest request = validator.validate(body);
        if (request == null) {
            return Laravel.invalid(validator.errors());
        }
        String now = now();
        sequence++;
        String reference = request.reference() != null && !ignoresClientReferences
                ? request.reference() : "CA" + (1000 + sequence);
        Adjustment draft = new Adjustment(UUID.randomUUID().toString(), request.businessDate(), reference,
                Adjustment.DRAFT, request.notes(), request.branchId(), request.creatorId(), request.posterId(),
                lines(request), now, now, null);
        Adjustment stored = request.status() == Adjustment.CLOSED ? closeNow(draft, request.posterId()) : draft;
        adjustments.put(stored.id(), stored);
        return Laravel.data(json.adjustment(stored, writeAnswerIncludes()));
    }

    synchronized Answer update(String id, JsonNode body) {
        Adjustment current = adjustments.get(id);
        if (current == null || current.deleted()) {
            return Laravel.notFound();
        }
        if (current.closed()) {
            return Laravel.invalid(FieldErrors.of("status", "A closed cost adjustment cannot be modified."));
        }
        WriteValidator validator = new WriteValidator(catalog, ref -> referenceTaken(ref, id));
        WriteRequest request = validator.validate(body);
        if (request == null) {
            return Laravel.invalid(validator.errors());
        }
        String reference = request.reference() != null ? request.reference() : current.reference();
        Adjustment draft = new Adjustment(id, request.businessDate(), reference, Adjustment.DRAFT, request.notes(),
                request.branchId(), request.creatorId(), request.posterId(), lines(request), current.createdAt(), now(),
                null);
        Adjustment stored = request.status() == Adjustment.CLOSED ? closeNow(draft, request.posterId()) : draft;
        adjustments.put(id, stored);
        return Laravel.data(json.adjustment(stored, writeAnswerIncludes()));
    }

    synchronized Answer delete(String id) {
        Adjustment current = adjustments.get(id);
        if (current == null || current.deleted()) {
            return Laravel.notFound();
        }
        if (current.closed()) {
            return Laravel.invalid(FieldErrors.of("status", "A closed cost adjustment cannot be deleted."));
        }
        adjustments.put(id, new Adjustment(id, current.businessDate(), current.reference(), current.status(),
                current.notes(), current.branchId(), current.creatorId(), current.posterId(), current.lines(),
                current.createdAt(), current.updatedAt(), now()));
        return Answer.empty(200);
    }

    /** What a write answer embeds: every relation, as the seed document's samples show, or none in a variant. */
    private Set<String> writeAnswerIncludes() {
        return variants.has(Variant.BARE_WRITE_ANSWERS) ? Set.of() : AdjustmentJson.EVERYTHING;
    }

    /** Closing applies each item's cost at the branch and records the cost it replaced. */
    private Adjustment closeNow(Adjustment draft, String poster) {
        List<Adjustment.Line> closed = new ArrayList<>();
        for (Adjustment.Line line : draft.lines()) {
            BigDecimal previous = catalog.costAt(draft.branchId(), line.itemId());
            catalog.setCost(draft.branchId(), line.itemId(), line.cost());
            closed.add(new Adjustment.Line(line.itemId(), line.cost(), previous));
        }
        return new Adjustment(draft.id(), draft.businessDate(), draft.reference(), Adjustment.CLOSED, draft.notes(),
                draft.branchId(), draft.creatorId(), poster != null ? poster : draft.creatorId(), closed,
                draft.createdAt(), draft.updatedAt(), null);
    }

    private static List<Adjustment.Line> lines(WriteRequest request) {
        return request.items().stream().map(i -> new Adjustment.Line(i.itemId(), i.cost(), null)).toList();
    }

    private boolean referenceTaken(String reference, String exceptId) {
        return adjustments.values().stream()
                .anyMatch(a -> !a.deleted() && !a.id().equals(exceptId) && reference.equals(a.reference()));
    }

    private String now() {
        return STAMP.format(clock.get());
    }
}
