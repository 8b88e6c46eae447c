package dev.stockadj.core.testing;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.vendor.AccountsPerDocument;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostAdjustmentItem;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.vendor.ReadBack;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.DeletePostedDocumentPort;
import dev.stockadj.core.port.out.DescribeVendorPort;
import dev.stockadj.core.port.out.FindPostedDocumentPort;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.PostAdjustmentPort;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ReadUnitCostsPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VerifyReferencesPort;
import dev.stockadj.core.service.Coverage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A vendor in memory for core tests and the CLI's tests: configurable capabilities, stock per
 * location and position, SKUs, locations and accounts, positions it refuses, cost adjustments,
 * and faults injected into the next posts. Item ids it was never told of are unknown to it. It counts how often each document was applied, so tests can prove that
 * nothing was applied twice.
 */
public final class InMemoryVendor implements DescribeVendorPort, ResolveItemsPort, ReadBookQuantitiesPort,
        VerifyReferencesPort, PostAdjustmentPort, FindPostedDocumentPort, CostAdjustmentPort, DeletePostedDocumentPort,
        ReadUnitCostsPort {

    /** What the next post does instead of (or besides) succeeding. */
    public enum Fault {
        /** Refused with field errors; nothing recorded. */
        REJECT,
        /** 401; nothing recorded. */
        AUTH,
        /** 429 with Retry-After; nothing recorded. */
        RATE_LIMIT,
        /** Connection refused; nothing recorded. */
        REFUSED,
        /** Recorded, then the connection dropped: the caller cannot know. */
        LANDED_THEN_LOST,
        /** Lost on the way (timeout before the vendor got it): the caller cannot know. */
        LOST,
        /** Recorded, then an unreadable answer. */
        PROTOCOL_AFTER_LANDING,
        /** The process is killed after the vendor recorded the document, before the journal hears of it. */
        CRASH_AFTER_LANDING,
        /** The process is killed while the request is on its way; the vendor never got it. */
        CRASH_BEFORE_LANDING,
        /** Recorded, but the answer shows something other than what was sent (a quantity, a line, an account). */
        RECORDED_OTHERWISE
    }

    /** Stands for the process being killed: not an exception any code path may catch and handle. */
    public static final class SimulatedCrash extends Error {
        public SimulatedCrash(String message) {
            super(message);
        }
    }

    private final VendorCapabilities capabilities;
    private final Map<LocationId, Map<Position, Quantity>> stock = new HashMap<>();
    private final Map<Sku, ItemId> skus = new HashMap<>();
    private final Set<ItemId> items = new HashSet<>();
    private final Set<LocationId> locations = new HashSet<>();
    private final Set<AccountId> accounts = new HashSet<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private VendorFailure readFailure;
    private final Map<IdempotencyKey, PostedDocument> posted = new LinkedHashMap<>();
    private final Map<IdempotencyKey, Integer> applications = new HashMap<>();
    private final List<IdempotencyKey> sends = new ArrayList<>();
    private final List<Set<ItemId>> reads = new ArrayList<>();
    private final Map<Position, FieldError> refusedPositions = new HashMap<>();
    private final Map<CostAdjustmentId, CostAdjustment> adjustments = new LinkedHashMap<>();
    private final Map<ItemId, UnitCost> costs = new HashMap<>();
    private int nextId = 1000;
    private final List<String> unchecked = new ArrayList<>();
    private int adjustmentsCreated;

    public InMemoryVendor(VendorCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    /** A delta vendor with bins and lots and one offset account per document, like Order Time. */
    public static VendorCapabilities deltaCapabilities(int maxLines) {
        return new VendorCapabilities(new VendorName("memory"), QuantityMode.DELTA, AccountsPerDocument.SINGLE,
                maxLines, 4, 4, true, true, false, ReadBack.BY_SEARCH, true);
    }

    /** An absolute vendor without bins or lots or read-back, like Qoyod. */
    public static VendorCapabilities absoluteCapabilities(int maxLines) {
        return new VendorCapabilities(new VendorName("memory"), QuantityMode.ABSOLUTE, AccountsPerDocument.GAIN_AND_LOSS,
                maxLines, 4, 4, false, false, false, ReadBack.NONE, false);
    }

    /** A vendor of cost corrections only, like Foodics. */
    public static VendorCapabilities costCapabilities() {
        return new VendorCapabilities(new VendorName("memory"), QuantityMode.NONE, AccountsPerDocument.SINGLE,
                500, 4, 4, false, false, true, ReadBack.BY_SEARCH, true);
    }

    /**
     * This vendor as the use cases see it, offering what its capabilities say it takes: quantity documents unless
     * its quantity mode is NONE, cost adjustments when it takes cost-only corrections.
     */
    public VendorPorts ports() {
        if (capabilities.quantityMode() == QuantityMode.NONE) {
            return VendorPorts.costs(this);
        }
        return capabilities.costOnlyCorrections() ? VendorPorts.quantitiesAndCosts(this) : VendorPorts.quantities(this);
    }

    // ---- seeding and inspection ------------------------------------------------------------

    public synchronized InMemoryVendor location(LocationId location) {
        locations.add(location);
        return this;
    }

    public synchronized InMemoryVendor accounts(Accounts pair) {
        accounts.add(pair.gain());
        accounts.add(pair.loss());
        return this;
    }

    public synchronized InMemoryVendor item(ItemId item, Optional<Sku> sku) {
        items.add(item);
        sku.ifPresent(s -> skus.put(s, item));
        return this;
    }

    public synchronized InMemoryVendor stock(LocationId location, Position position, Quantity quantity) {
        items.add(position.item());
        stock.computeIfAbsent(location, l -> new TreeMap<>()).put(granular(position), quantity);
        return this;
    }

    /**
     * Makes the vendor refuse counts of this position (at its granularity) for a reason of its own, as
     * Order Time refuses a bin that is not at the location: reported on the count's lines before sending.
     */
    public synchronized InMemoryVendor refuse(Position position, String field, String reason) {
        refusedPositions.put(granular(position), new FieldError(field, reason));
        return this;
    }

    public synchronized InMemoryVendor cost(ItemId item, UnitCost cost) {
        items.add(item);
        costs.put(item, cost);
        return this;
    }

    /** A note {@link #unchecked} gives for every count: something this vendor leaves to its own validation. */
    public synchronized InMemoryVendor leavesUnchecked(String note) {
        unchecked.add(note);
        return this;
    }

    @Override
    public synchronized List<String> unchecked(LocationId location, List<PositionCount> positions) {
        return List.copyOf(unchecked);
    }

    public synchronized void failNext(Fault... next) {
        faults.addAll(List.of(next));
    }

    public synchronized void clearFaults() {
        faults.clear();
        readFailure = null;
    }

    /**
     * Every read (SKUs, positions, book quantities, finding a posted document) fails with {@code failure}
     * until {@link #clearFaults()}: a vendor that is down, or refuses the key, before anything is sent.
     */
    public synchronized InMemoryVendor failReads(VendorFailure failure) {
        readFailure = failure;
        return this;
    }

    private void readable() {
        if (readFailure != null) {
            throw readFailure;
        }
    }

    public synchronized Quantity stockAt(LocationId location, Position position) {
        return stock.getOrDefault(location, Map.of()).getOrDefault(granular(position), Quantity.ZERO);
    }

    public synchronized Map<Position, Quantity> stockAt(LocationId location) {
        return Map.copyOf(stock.getOrDefault(location, Map.of()));
    }

    /** How many times the document with this key changed the vendor's books. */
    public synchronized int applications(IdempotencyKey key) {
        return applications.getOrDefault(key, 0);
    }

    public synchronized Map<IdempotencyKey, Integer> applications() {
        return Map.copyOf(applications);
    }

    /** Every post attempt's key, in order (including those that failed). */
    /** Every cost adjustment created so far (drafts, closed, and deleted ones alike). */
    public synchronized int adjustmentsCreated() {
        return adjustmentsCreated;
    }

    public synchronized List<IdempotencyKey> sends() {
        return List.copyOf(sends);
    }

    /** The items of every book quantity read, in order. */
    public synchronized List<Set<ItemId>> reads() {
        return List.copyOf(reads);
    }

    public synchronized UnitCost costOf(ItemId item) {
        return costs.get(item);
    }

    private Position granular(Position position) {
        return capabilities.binsAndLots() ? position : position.coarse();
    }

    // ---- quantity ports ----------------------------------------------------------------------

    @Override
    public VendorCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public synchronized ItemResolution resolve(Set<Sku> asked) {
        readable();
        Map<Sku, ItemId> found = new HashMap<>();
        Set<Sku> unknown = new HashSet<>();
        asked.forEach(sku -> {
            if (skus.containsKey(sku)) {
                found.put(sku, skus.get(sku));
            } else {
                unknown.add(sku);
            }
        });
        return new ItemResolution(found, unknown);
    }

    @Override
    public synchronized BookQuantities read(LocationId location, Set<ItemId> asked) {
        readable();
        reads.add(Set.copyOf(asked));
        Map<Position, Quantity> result = new HashMap<>();
        stock.getOrDefault(location, Map.of()).forEach((position, quantity) -> {
            if (asked.contains(position.item())) {
                result.put(position, quantity);
            }
        });
        return new BookQuantities(result);
    }

    @Override
    public synchronized List<Problem> verify(LocationId location, Optional<Accounts> pair) {
        List<Problem> problems = new ArrayList<>();
        if (!locations.contains(location)) {
            problems.add(Problem.ofInput("location", "location " + location + " does not exist at the vendor"));
        }
        pair.ifPresent(a -> List.of(a.gain(), a.loss()).stream().distinct().filter(id -> !accounts.contains(id))
                .forEach(id -> problems.add(Problem.ofInput("account", "account " + id + " does not exist at the vendor"))));
        return problems;
    }

    /** Items it does not know, and positions it was told to {@link #refuse}, on each of their lines. */
    @Override
    public synchronized List<Problem> verifyPositions(LocationId location, List<PositionCount> positions) {
        readable();
        List<Problem> problems = new ArrayList<>();
        for (PositionCount counted : positions) {
            if (!items.contains(counted.position().item())) {
                problems.addAll(counted.problem("item", "item " + counted.position().item()
                        + " does not exist at the vendor"));
            }
            Optional.ofNullable(refusedPositions.get(granular(counted.position())))
                    .ifPresent(refusal -> problems.addAll(counted.problem(refusal.field(), refusal.message())));
        }
        return problems;
    }

    @Override
    public synchronized PostedDocument post(AdjustmentDocument document) {
        sends.add(document.key());
        Fault fault = faults.poll();
        WriteFaults.POST.before(fault);
        PostedDocument result = record(document);
        WriteFaults.POST.after(fault, "recorded " + document.key());
        if (fault == Fault.RECORDED_OTHERWISE) {
            return new PostedDocument(result.id(), result.response(),
                    List.of(new FieldError("line_items[0].quantity", "recorded 49 where 50 was sent")));
        }
        return result;
    }

    private PostedDocument record(AdjustmentDocument document) {
        if (!locations.contains(document.location())) {
            throw new VendorRejected(List.of(new FieldError("location", "must exist")));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Position, Quantity> here = stock.computeIfAbsent(document.location(), l -> new TreeMap<>());
        Map<Position, Quantity> next = new HashMap<>();
        for (PlannedLine line : document.lines()) {
            Position position = granular(line.position());
            if (!items.contains(position.item())) {
                errors.add(new FieldError("item", "item " + position.item() + " does not exist"));
                continue;
            }
            if (refusedPositions.containsKey(position)) {
                errors.add(refusedPositions.get(position));
                continue;
            }
            Quantity now = next.getOrDefault(position, here.getOrDefault(position, Quantity.ZERO));
            Quantity after = document.mode() == QuantityMode.ABSOLUTE
                    ? line.quantityToSend(QuantityMode.ABSOLUTE)
                    : now.plus(line.quantityToSend(QuantityMode.DELTA));
            Map<Position, Quantity> merged = new HashMap<>(here);
            merged.putAll(next);
            merged.put(position, after);
            if (new Coverage.Index(new BookQuantities(merged)).book(position).signum() < 0) {
                errors.add(new FieldError("quantity", position + " would go negative"));
            }
            next.put(position, after);
        }
        if (!errors.isEmpty()) {
            throw new VendorRejected(errors);
        }
        here.putAll(next);
        applications.merge(document.key(), 1, Integer::sum);
        PostedDocument result = new PostedDocument(new VendorDocumentId(String.valueOf(nextId++)),
                "{\"memo\":\"" + document.describe() + "\"}");
        posted.put(document.key(), result);
        postedById.put(result.id(), document);
        return result;
    }

    @Override
    public synchronized Optional<PostedDocument> find(AdjustmentDocument document) {
        readable();
        return Optional.ofNullable(posted.get(document.key()));
    }

    // ---- cost adjustments --------------------------------------------------------------------

    @Override
    public synchronized CostAdjustment create(CostAdjustmentDraft draft) {
        Fault fault = costWriteFaults.poll();
        WriteFaults.COST.before(fault);
        CostAdjustment created = createNow(draft);
        WriteFaults.COST.after(fault, "created " + created.id());
        return created;
    }

    private CostAdjustment createNow(CostAdjustmentDraft draft) {
        checkItems(draft.items());
        CostAdjustmentId id = new CostAdjustmentId("ca-" + nextId++);
        adjustmentsCreated++;
        CostAdjustment created = store(id, draft);
        return draft.status() == CostAdjustmentStatus.CLOSED ? closeNow(created) : created;
    }

    private void checkItems(List<CostItem> asked) {
        List<FieldError> errors = asked.stream().filter(i -> !items.contains(i.item()))
                .map(i -> new FieldError("items", "item " + i.item() + " does not exist")).toList();
        if (!errors.isEmpty()) {
            throw new VendorRejected(errors);
        }
    }

    private CostAdjustment store(CostAdjustmentId id, CostAdjustmentDraft draft) {
        CostAdjustment adjustment = new CostAdjustment(id, CostAdjustmentStatus.DRAFT, draft.branch(),
                draft.businessDate(), draft.reference(), draft.notes(),
                draft.items().stream().map(i -> new CostAdjustmentItem(i.item(), i.costPerUnit(), Optional.empty()))
                        .toList());
        adjustments.put(id, adjustment);
        return adjustment;
    }

    private CostAdjustment closeNow(CostAdjustment draft) {
        List<CostAdjustmentItem> closedItems = draft.items().stream().map(i -> {
            Optional<UnitCost> previous = Optional.ofNullable(costs.get(i.item()));
            costs.put(i.item(), i.costPerUnit());
            return new CostAdjustmentItem(i.item(), i.costPerUnit(), previous);
        }).toList();
        CostAdjustment closed = new CostAdjustment(draft.id(), CostAdjustmentStatus.CLOSED, draft.branch(),
                draft.businessDate(), draft.reference(), draft.notes(), closedItems);
        adjustments.put(draft.id(), closed);
        return closed;
    }

    @Override
    public synchronized Optional<CostAdjustment> get(CostAdjustmentId id) {
        return Optional.ofNullable(adjustments.get(id));
    }

    @Override
    public synchronized List<CostAdjustment> list(CostAdjustmentFilter filter) {
        return adjustments.values().stream()
                .filter(a -> filter.id().map(a.id()::equals).orElse(true))
                .filter(a -> filter.reference().map(r -> a.reference().map(r::equals).orElse(false)).orElse(true))
                .filter(a -> filter.status().map(a.status()::equals).orElse(true))
                .filter(a -> filter.branch().map(a.branch()::equals).orElse(true))
                .filter(a -> filter.businessDate().map(a.businessDate()::equals).orElse(true))
                .filter(a -> filter.businessDateAfter().map(d -> a.businessDate().isAfter(d)).orElse(true))
                .filter(a -> filter.businessDateBefore().map(d -> a.businessDate().isBefore(d)).orElse(true))
                .toList();
    }

    @Override
    public synchronized CostAdjustment update(CostAdjustmentId id, CostAdjustmentDraft draft) {
        CostAdjustment current = existing(id);
        if (current.status() == CostAdjustmentStatus.CLOSED) {
            throw new VendorRejected(List.of(new FieldError("status", "a closed adjustment cannot be changed")));
        }
        checkItems(draft.items());
        CostAdjustment updated = store(id, draft);
        return draft.status() == CostAdjustmentStatus.CLOSED ? closeNow(updated) : updated;
    }

    @Override
    public synchronized CostAdjustment close(CostAdjustmentId id) {
        return update(id, existing(id).toDraft().withStatus(CostAdjustmentStatus.CLOSED));
    }

    @Override
    public synchronized void delete(CostAdjustmentId id) {
        CostAdjustment current = existing(id);
        if (current.status() == CostAdjustmentStatus.CLOSED) {
            throw new VendorRejected(List.of(new FieldError("status", "a closed adjustment cannot be deleted")));
        }
        adjustments.remove(id);
    }

    private CostAdjustment existing(CostAdjustmentId id) {
        CostAdjustment current = adjustments.get(id);
        if (current == null) {
            throw new VendorNotFound("no cost adjustment " + id);
        }
        return current;
    }

    // ---- deleting posted documents and reading costs (revert, verify) -------------------------

    private final Map<VendorDocumentId, AdjustmentDocument> postedById = new HashMap<>();
    private final Map<VendorDocumentId, Integer> deletions = new HashMap<>();
    private final List<VendorDocumentId> deleteAttempts = new ArrayList<>();
    private final Deque<Fault> costWriteFaults = new ArrayDeque<>();

    /**
     * Deletes a posted document, taking its deltas off the stock (a delta vendor; an absolute one cannot delete).
     * Takes the next fault as {@link #post} does: a delete can be refused, lost, or land and then be lost.
     */
    @Override
    public synchronized void delete(VendorDocumentId id) {
        if (!capabilities.delete() || capabilities.quantityMode() != QuantityMode.DELTA) {
            throw new UnsupportedOperationException("this in-memory vendor deletes delta documents only");
        }
        deleteAttempts.add(id);
        Fault fault = faults.poll();
        WriteFaults.DELETE.before(fault);
        AdjustmentDocument document = postedById.get(id);
        if (document == null) {
            throw new VendorNotFound("no document " + id);
        }
        Map<Position, Quantity> here = stock.computeIfAbsent(document.location(), l -> new TreeMap<>());
        Map<Position, Quantity> next = new HashMap<>();
        for (PlannedLine line : document.lines()) {
            Position position = granular(line.position());
            Quantity after = next.getOrDefault(position, here.getOrDefault(position, Quantity.ZERO)).minus(line.delta());
            if (after.signum() < 0) {
                throw new VendorRejected(List.of(new FieldError("docNo", "deleting it would take " + position
                        + " below zero")));
            }
            next.put(position, after);
        }
        here.putAll(next);
        postedById.remove(id);
        posted.remove(document.key());
        deletions.merge(id, 1, Integer::sum);
        WriteFaults.DELETE.after(fault, "deleted " + id);
    }

    @Override
    public synchronized boolean holds(VendorDocumentId id, IdempotencyKey key) {
        readable();
        AdjustmentDocument document = postedById.get(id);
        return document != null && document.key().equals(key);
    }

    /** How many times each posted document was deleted. */
    public synchronized Map<VendorDocumentId, Integer> deletions() {
        return Map.copyOf(deletions);
    }

    /** Every delete attempt's id, in order (including those that failed). */
    public synchronized List<VendorDocumentId> deleteAttempts() {
        return List.copyOf(deleteAttempts);
    }

    /** The documents the vendor holds now (posted and not deleted), by id. */
    public synchronized Map<VendorDocumentId, IdempotencyKey> postedDocuments() {
        Map<VendorDocumentId, IdempotencyKey> held = new HashMap<>();
        postedById.forEach((id, document) -> held.put(id, document.key()));
        return held;
    }

    @Override
    public synchronized Map<ItemId, UnitCost> costs(LocationId branch, Set<ItemId> asked) {
        readable();
        Map<ItemId, UnitCost> found = new HashMap<>();
        asked.forEach(item -> Optional.ofNullable(costs.get(item)).ifPresent(cost -> found.put(item, cost)));
        return found;
    }

    /** Makes the next cost adjustment writes (create) fail as given; {@link #post}'s faults are separate. */
    public synchronized void failNextCostWrite(Fault... next) {
        costWriteFaults.addAll(List.of(next));
    }
}
