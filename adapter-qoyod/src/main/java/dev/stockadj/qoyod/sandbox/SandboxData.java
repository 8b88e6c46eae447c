package dev.stockadj.qoyod.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockadj.plumbing.sandbox.FieldErrors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The sandbox's Qoyod account: inventories, accounts, products, stock and posted adjustments. Thread-safe. */
final class SandboxData {
    record Inventory(long id, String name, String arName) {
    }

    record Account(long id, String code, String nameEn, String type) {
    }

    /** A stored adjustment with the ids Qoyod gave it and its lines. */
    record Stored(long id, List<Long> lineIds, ParsedAdjustment adjustment) {
    }

    /** A validation outcome: the stored adjustment, or the errors. */
    record Outcome(Optional<Stored> stored, FieldErrors errors) {
    }

    private final TreeMap<Long, Inventory> inventories = new TreeMap<>();
    private final TreeMap<Long, Account> accounts = new TreeMap<>();
    private final TreeMap<Long, SandboxProduct> products = new TreeMap<>();
    /** The products in id order, for paging without walking every page before the one asked: made when first asked. */
    private List<SandboxProduct> inOrder;
    private final Map<Long, Map<Long, BigDecimal>> stock = new HashMap<>();
    private final List<Stored> adjustments = new ArrayList<>();
    private long nextAdjustmentId = 4471;
    private long nextLineId = 9201;

    synchronized void addInventory(Inventory inventory) {
        inventories.put(inventory.id(), inventory);
    }

    synchronized void clearInventories() {
        inventories.clear();
    }

    synchronized void addAccount(Account account) {
        accounts.put(account.id(), account);
    }

    synchronized void addProduct(SandboxProduct product, Map<Long, BigDecimal> stockByInventory) {
        products.put(product.id(), product);
        inOrder = null;
        if (product.trackQuantity()) {
            stock.put(product.id(), new HashMap<>(stockByInventory));
        }
    }

    synchronized List<Inventory> inventories() {
        return List.copyOf(inventories.values());
    }

    synchronized List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    synchronized Optional<Inventory> inventory(long id) {
        return Optional.ofNullable(inventories.get(id));
    }

    synchronized Optional<Account> account(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    synchronized Optional<SandboxProduct> product(long id) {
        return Optional.ofNullable(products.get(id));
    }

    synchronized long maxProductId() {
        return products.isEmpty() ? 0 : products.lastKey();
    }

    /** Products matching the filter, ordered by id, one page of them. */
    synchronized List<SandboxProduct> products(Predicate<SandboxProduct> filter, int page, int perPage) {
        return products.values().stream().filter(filter).skip((long) (page - 1) * perPage).limit(perPage).toList();
    }

    /**
     * A page of every product, in id order, found by its place: a million-product catalogue read page by page would
     * otherwise walk every earlier page again for each one (10,000 pages, minutes of the sandbox's own time).
     */
    synchronized List<SandboxProduct> products(int page, int perPage) {
        if (inOrder == null) {
            inOrder = List.copyOf(products.values());
        }
        long from = (long) (page - 1) * perPage;
        return from >= inOrder.size() ? List.of()
                : inOrder.subList((int) from, (int) Math.min(inOrder.size(), from + perPage));
    }

    /** A tracked product's stock at each inventory Qoyod lists (every inventory, zero where none). */
    synchronized Map<Long, BigDecimal> stockOf(long productId) {
        Map<Long, BigDecimal> held = stock.get(productId);
        Map<Long, BigDecimal> out = new TreeMap<>();
        if (held != null) {
            inventories.keySet().forEach(i -> out.put(i, held.getOrDefault(i, BigDecimal.ZERO)));
        }
        return out;
    }

    synchronized Optional<BigDecimal> stock(long productId, long inventoryId) {
        Map<Long, BigDecimal> held = stock.get(productId);
        return held == null ? Optional.empty() : Optional.of(held.getOrDefault(inventoryId, BigDecimal.ZERO));
    }

    /** Validates and, when valid, stores the adjustment and sets each line's stock to its actual quantity. */
    synchronized Outcome post(JsonNode body, LocalDate today) {
        AdjustmentValidator validator = new AdjustmentValidator(inventories.keySet(), accounts.keySet(), products);
        Optional<ParsedAdjustment> parsed = validator.validate(body, today);
        if (parsed.isEmpty()) {
            return new Outcome(Optional.empty(), validator.errors());
        }
        ParsedAdjustment adjustment = parsed.get();
        List<Long> lineIds = new ArrayList<>();
        for (ParsedAdjustment.Line line : adjustment.lines()) {
            stock.computeIfAbsent(line.productId(), p -> new HashMap<>()).put(adjustment.inventoryId(), line.actualQuantity());
            lineIds.add(nextLineId++);
        }
        Stored stored = new Stored(nextAdjustmentId++, lineIds, adjustment);
        adjustments.add(stored);
        return new Outcome(Optional.of(stored), new FieldErrors());
    }

    synchronized List<Stored> adjustments() {
        return List.copyOf(adjustments);
    }

    /** Everything a later run could see, and the next ids. */
    synchronized QoyodState snapshot() {
        List<QoyodState.Adjustment> stored = adjustments.stream().map(s -> {
            ParsedAdjustment a = s.adjustment();
            return new QoyodState.Adjustment(s.id(), s.lineIds(), a.inventoryId(), a.revenueAccountId(),
                    a.expenseAccountId(), a.date().toString(), a.description(), a.lines().stream()
                    .map(l -> new QoyodState.Line(l.productId(), l.actualQuantity(), l.rate(), l.currentQty().orElse(null)))
                    .toList());
        }).toList();
        return new QoyodState(QoyodState.VENDOR, QoyodState.FORMAT, List.copyOf(inventories.values()),
                List.copyOf(accounts.values()), List.copyOf(products.values()), stock, stored, nextAdjustmentId, nextLineId);
    }

    /** Takes the state a {@link #snapshot()} saved, in place of whatever this held. */
    synchronized void restore(QoyodState state) {
        inventories.clear();
        accounts.clear();
        products.clear();
        inOrder = null;
        stock.clear();
        adjustments.clear();
        state.inventories().forEach(i -> inventories.put(i.id(), i));
        state.accounts().forEach(a -> accounts.put(a.id(), a));
        state.products().forEach(p -> products.put(p.id(), p));
        inOrder = null;
        state.stock().forEach((product, held) -> stock.put(product, new HashMap<>(held)));
        long lastLine = 0;
        for (QoyodState.Adjustment a : state.adjustments()) {
            List<ParsedAdjustment.Line> lines = a.lines().stream().map(l -> new ParsedAdjustment.Line(l.productId(),
                    l.actualQuantity(), l.rate(), Optional.ofNullable(l.currentQty()))).toList();
            adjustments.add(new Stored(a.id(), a.lineIds(), new ParsedAdjustment(a.inventoryId(), a.revenueAccountId(),
                    a.expenseAccountId(), LocalDate.parse(a.date()), a.description(), lines)));
            lastLine = Math.max(lastLine, a.lineIds().stream().mapToLong(Long::longValue).max().orElse(lastLine));
        }
        long lastAdjustment = adjustments.stream().mapToLong(Stored::id).max().orElse(0);
        // the counters as saved; never at or below an id already handed out, even in a file edited by hand
        nextAdjustmentId = Math.max(state.nextAdjustmentId(), lastAdjustment + 1);
        nextLineId = Math.max(state.nextLineId(), lastLine + 1);
    }
}
